package cn.gov.zj.jxt.green.application.exclusion;

import java.util.List;

/**
 * What became of an import: either every row was recorded ({@code imported}, {@code rows} of them), or nothing
 * was and {@code rejectedRows} lists each bad row by its number in the file with every problem found in it.
 * Problems are bundle keys with parameters, put into words in the reader's language by the page or the API.
 */
public record ExclusionImportReport(boolean imported, int rows, List<RowProblems> rejectedRows) {

    public ExclusionImportReport {
        rejectedRows = List.copyOf(rejectedRows);
    }

    /** One row's problems; row 1 is the header, so problems with the file as a whole are reported there. */
    public record RowProblems(int row, List<Problem> problems) {

        public RowProblems {
            problems = List.copyOf(problems);
        }
    }

    /** A bundle key ({@code exclusion.import.*}) and its parameters. */
    public record Problem(String messageKey, List<Object> parameters) {

        public Problem {
            parameters = List.copyOf(parameters);
        }

        static Problem of(String key, Object... parameters) {
            return new Problem("exclusion.import." + key, List.of(parameters));
        }
    }
}
