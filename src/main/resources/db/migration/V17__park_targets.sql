-- The park programme's targets (浙经信绿色〔2022〕64号): per year, how many provincial green low-carbon industrial
-- parks each city is to build (the notice's 附件), kept and revised by the province. What is achieved is counted from
-- listed_unit, never stored. A city without a row has a target of 0 for the year.
CREATE TABLE park_target_year (
    target_year INTEGER      NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    basis       VARCHAR(100) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by  VARCHAR(40)  NOT NULL,
    CONSTRAINT park_target_year_range_ck CHECK (target_year BETWEEN 2022 AND 2100)
);

CREATE TABLE park_city_target (
    target_year INTEGER    NOT NULL REFERENCES park_target_year (target_year),
    city_code   VARCHAR(6) NOT NULL REFERENCES region (code),
    target      INTEGER    NOT NULL,
    PRIMARY KEY (target_year, city_code),
    CONSTRAINT park_city_target_range_ck CHECK (target BETWEEN 0 AND 50)
);

