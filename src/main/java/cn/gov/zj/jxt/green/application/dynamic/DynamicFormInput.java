package cn.gov.zj.jxt.green.application.dynamic;

import cn.gov.zj.jxt.green.domain.model.dynamic.ChangeKind;
import cn.gov.zj.jxt.green.domain.model.nomination.Indicators;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * What a listed organisation files on its dynamic management form (004 §(十八), §(二十)): the year's key indicators
 * and each change it declares, with a description.
 */
public record DynamicFormInput(Indicators indicators,
        @Size(max = 1000, message = "{dynamic.form.remarks.size}") String remarks,
        @Valid List<Change> changes) {

    public DynamicFormInput {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    public record Change(@NotNull(message = "{dynamic.change.kind.required}") ChangeKind kind,
            @NotBlank(message = "{dynamic.change.description.required}")
            @Size(max = 1000, message = "{dynamic.change.description.size}") String description,
            @Size(max = 200, message = "{dynamic.change.newName.size}") String newName) {
    }
}
