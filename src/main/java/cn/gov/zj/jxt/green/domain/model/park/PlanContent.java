package cn.gov.zj.jxt.green.domain.model.park;

import java.util.List;
import java.util.Objects;

/**
 * What a circular transformation plan says (seed 001 §三(三) 实施方案包括): the park's basics, the main tasks, the
 * main projects, the expected outcomes and the measures to organise and secure the work. Every part is given; a
 * plan has at least one project.
 */
public record PlanContent(String basics, String mainTasks, List<PlanProject> projects, ExpectedOutcomes outcomes,
        String measures) {

    public PlanContent {
        basics = text(basics, "basics");
        mainTasks = text(mainTasks, "mainTasks");
        measures = text(measures, "measures");
        Objects.requireNonNull(outcomes, "outcomes");
        projects = List.copyOf(Objects.requireNonNull(projects, "projects"));
        if (projects.isEmpty()) {
            throw new IllegalArgumentException("a plan has at least one project");
        }
    }

    private static String text(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value.strip();
    }
}
