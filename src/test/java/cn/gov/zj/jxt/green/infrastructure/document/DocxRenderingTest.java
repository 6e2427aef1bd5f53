package cn.gov.zj.jxt.green.infrastructure.document;

import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.RENDERER;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.mainPart;
import static cn.gov.zj.jxt.green.infrastructure.document.DocxProbe.render;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBContextFactory;
import jakarta.xml.bind.JAXBException;

import org.docx4j.docProps.core.CoreProperties;
import org.docx4j.openpackaging.exceptions.Docx4JException;
import org.junit.jupiter.api.Test;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.DocumentFormat;
import cn.gov.zj.jxt.green.testing.SampleDocuments;

/**
 * The DOCX renderer as a service: the file's core properties, the time of a warm render, no JAXB context built per
 * render, and the same file from renders running at once.
 */
class DocxRenderingTest {

    @Test
    void corePropertiesNameTheDocument() throws Docx4JException {
        DocxProbe doc = render(SampleDocuments.file());

        CoreProperties core = doc.pkg().getDocPropsCorePart().getContents();
        assertEquals(SampleDocuments.file().title(), core.getTitle().getValue().getContent().get(0));
        assertEquals("绿色（低碳）工厂梯度培育管理实施细则", core.getSubject().getContent().get(0));
        assertEquals("浙经信绿色〔2024〕105号", core.getKeywords());
        assertEquals("浙江省经济和信息化厅", core.getCreator().getContent().get(0));
        assertEquals("2024-05-26T16:00:00Z", core.getCreated().getContent().get(0), "成文日期, midnight in Zhejiang");
    }

    @Test
    void aWarmRenderOfThreeHundredRowsTakesWellUnderASecond() {
        DocumentContent joint = SampleDocuments.joint(300);
        DocxTemplate template = DocxTemplate.bundled(DocumentFormat.FILE);
        RENDERER.render(joint, template);
        RENDERER.render(joint, template);

        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            RENDERER.render(joint, template);
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf(Locale.ROOT, "warm render of joint(300): %.0f ms%n", best / 1e6);
        assertTrue(best < 1_000_000_000L, best / 1_000_000 + " ms");
    }

    @Test
    void aRenderBuildsNoJaxbContext() throws JAXBException {
        DocumentContent letter = SampleDocuments.letter();
        render(letter);
        CountingJaxbContexts.count.set(0);
        System.setProperty(JAXBContext.JAXB_CONTEXT_FACTORY, CountingJaxbContexts.class.getName());
        try {
            render(letter);
            render(SampleDocuments.joint(3));
            // docx4j's contexts are built once, when its Context class loads; a render only uses them.
            assertEquals(0, CountingJaxbContexts.count.get());
            JAXBContext.newInstance(CoreProperties.class);
            assertEquals(1, CountingJaxbContexts.count.get(), "the counter sees a context being built");
        } finally {
            System.clearProperty(JAXBContext.JAXB_CONTEXT_FACTORY);
        }
    }

    @Test
    void rendersRunningAtOnceGiveTheSameDocument() throws Exception {
        DocumentContent letter = SampleDocuments.letter();
        String alone = mainPart(RENDERER.render(letter, DocxTemplate.bundled(DocumentFormat.LETTER)));

        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> renders = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                renders.add(pool.submit(() -> RENDERER.render(letter, DocxTemplate.bundled(DocumentFormat.LETTER))));
            }
            for (Future<byte[]> docx : renders) {
                assertEquals(alone, mainPart(docx.get()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A JAXB context factory that counts the contexts asked of it, then leaves the work to JAXB's own. */
    public static final class CountingJaxbContexts implements JAXBContextFactory {

        static final AtomicInteger count = new AtomicInteger();
        private final JAXBContextFactory jaxb = new org.glassfish.jaxb.runtime.v2.JAXBContextFactory();

        @Override
        public JAXBContext createContext(Class<?>[] classes, Map<String, ?> properties) throws JAXBException {
            count.incrementAndGet();
            return jaxb.createContext(classes, properties);
        }

        @Override
        public JAXBContext createContext(String contextPath, ClassLoader classLoader, Map<String, ?> properties)
                throws JAXBException {
            count.incrementAndGet();
            return jaxb.createContext(contextPath, classLoader, properties);
        }
    }
}
