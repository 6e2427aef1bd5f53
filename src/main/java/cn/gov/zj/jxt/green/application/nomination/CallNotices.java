package cn.gov.zj.jxt.green.application.nomination;

import cn.gov.zj.jxt.green.domain.model.document.content.DocumentContent;
import cn.gov.zj.jxt.green.domain.model.document.content.Wording;
import cn.gov.zj.jxt.green.domain.model.listing.UnitType;
import cn.gov.zj.jxt.green.domain.model.nomination.Batch;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The draft of a batch's call, written after the 2025 call (seed 003) with the batch's own year, kinds of unit,
 * deadlines and cap filled in. The clerk edits the draft as she likes before issuing it. The wording is in
 * document-templates/call-notice.properties.
 */
final class CallNotices {

    /** The wording, beside the call's template: document-templates/call-notice.properties. */
    static final Wording WORDING = Wording.of("call-notice");

    private CallNotices() {
    }

    static String title(Batch batch) {
        return WORDING.text("title", batch.getYear(), batch.getLevel().documentName(),
                unitsName(batch.getUnitTypes()));
    }

    static String recipients() {
        return Wording.of("terms").text("recipients.cityBureaus");
    }

    static String quotaTitle(Batch batch) {
        return WORDING.text("quota.title", batch.getYear(), batch.getLevel().documentName(),
                unitsName(batch.getUnitTypes()));
    }

    static List<String> body(Batch batch) {
        List<String> body = new ArrayList<>();
        body.add(WORDING.text("body.opening", batch.getYear(), batch.getLevel().documentName(),
                unitsName(batch.getUnitTypes())));
        body.add(WORDING.text("body.requirements"));
        int item = 1;
        for (UnitType type : List.of(UnitType.PARK, UnitType.FACTORY, UnitType.SUPPLY_CHAIN)) {
            if (batch.getUnitTypes().contains(type)) {
                body.add(WORDING.text("body.requirements." + type.name(), WORDING.list("numerals").get(item++ - 1)));
            }
        }
        body.add(WORDING.text("body.procedure"));
        body.add(WORDING.text("body.procedure.selfEvaluation", batch.getProvincialCap()));
        body.add(WORDING.text("body.procedure.review"));
        body.add(WORDING.text("body.procedure.online"));
        body.add(WORDING.text("body.other"));
        body.add(WORDING.text("body.other.deadlines", DocumentContent.chineseDate(batch.getSubmissionDeadline()),
                DocumentContent.chineseDate(batch.getCityListDeadline()), batch.getYear()));
        return body;
    }

    static String unitsName(Set<UnitType> types) {
        List<String> names = new ArrayList<>();
        if (types.contains(UnitType.PARK)) {
            names.add(UnitType.PARK.documentName());
        }
        if (types.contains(UnitType.FACTORY)) {
            // "绿色低碳工业园区和工厂": the qualifier is not repeated
            names.add(names.isEmpty() ? UnitType.FACTORY.documentName() : WORDING.text("unitsFactoryAfterPark"));
        }
        if (types.contains(UnitType.SUPPLY_CHAIN)) {
            names.add(UnitType.SUPPLY_CHAIN.documentName());
        }
        return String.join(WORDING.text("unitsJoin"), names);
    }
}
