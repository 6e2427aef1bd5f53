package cn.gov.zj.jxt.green.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Which menu entry the page shown belongs to, for aria-current and its style. */
class NavigationTest {

    private static final List<String> CLERK = Stream.concat(Navigation.PUBLIC.stream().map(Navigation.Item::href),
            Stream.of("/workspace/index.xhtml", "/workspace/organisations/index.xhtml",
                    "/workspace/notices/index.xhtml", "/workspace/review/index.xhtml", "/workspace/review/experts.xhtml",
                    "/workspace/password.xhtml")).toList();

    @Test
    void aMenuPageIsItsOwnEntry() {
        assertEquals(Optional.of("/notices.xhtml"), Navigation.currentOf("/notices.xhtml", CLERK));
        assertEquals(Optional.of("/workspace/index.xhtml"), Navigation.currentOf("/workspace/index.xhtml", CLERK));
        assertEquals(Optional.of("/workspace/review/experts.xhtml"),
                Navigation.currentOf("/workspace/review/experts.xhtml", CLERK));
    }

    @Test
    void aPageWithinASectionBelongsToTheSectionsEntry() {
        assertEquals(Optional.of("/notices.xhtml"), Navigation.currentOf("/notice.xhtml", CLERK));
        assertEquals(Optional.of("/publicity.xhtml"), Navigation.currentOf("/publicity/object.xhtml", CLERK));
        assertEquals(Optional.of("/units.xhtml"), Navigation.currentOf("/lists.xhtml", CLERK));
        assertEquals(Optional.of("/units.xhtml"), Navigation.currentOf("/units/view.xhtml", CLERK));
        assertEquals(Optional.of("/workspace/notices/index.xhtml"),
                Navigation.currentOf("/workspace/notices/edit.xhtml", CLERK));
        assertEquals(Optional.of("/workspace/review/index.xhtml"),
                Navigation.currentOf("/workspace/review/application.xhtml", CLERK));
    }

    @Test
    void anEntryWithAQueryIsFoundByItsPage() {
        List<String> applicant = List.of("/workspace/index.xhtml", "/workspace/organisations/view.xhtml?id=7");
        assertEquals(Optional.of("/workspace/organisations/view.xhtml?id=7"),
                Navigation.currentOf("/workspace/organisations/view.xhtml", applicant));
    }

    @Test
    void aPageOutsideEveryMenuMarksNothing() {
        assertEquals(Optional.empty(), Navigation.currentOf("/login.xhtml", CLERK));
        assertEquals(Optional.empty(), Navigation.currentOf("/workspace/batches/view.xhtml", CLERK));
        assertEquals(Optional.empty(), Navigation.currentOf("/", CLERK));
    }
}
