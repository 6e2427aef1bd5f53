-- Issued documents: what the portal issued in an agency's name, frozen. Their DOCX and PDF sit in the file store
-- under their SHA-256; a correction is a new document that names the one it corrects.

CREATE SEQUENCE issued_document_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE issued_document (
    id                   BIGINT        PRIMARY KEY,
    doc_format           VARCHAR(10)   NOT NULL,
    title                VARCHAR(300)  NOT NULL,
    subject              VARCHAR(300),
    doc_number           VARCHAR(80),
    registered_number_id BIGINT        REFERENCES registered_number (id),
    agencies             VARCHAR(300)  NOT NULL,
    dated                DATE          NOT NULL,
    issued_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    issued_by            VARCHAR(40)   NOT NULL,
    docx_sha256          CHAR(64)      NOT NULL,
    docx_size            BIGINT        NOT NULL,
    pdf_sha256           CHAR(64)      NOT NULL,
    pdf_size             BIGINT        NOT NULL,
    corrects_id          BIGINT        REFERENCES issued_document (id),
    -- A registered number belongs to one document, whatever the application does.
    CONSTRAINT issued_document_number_uk UNIQUE (registered_number_id)
);

-- A clerk's replacement DOCX template for a format; the newest one is used, none means the bundled template.
CREATE SEQUENCE document_template_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE document_template (
    id          BIGINT       PRIMARY KEY,
    doc_format  VARCHAR(10)  NOT NULL,
    file_name   VARCHAR(200) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    file_size   BIGINT       NOT NULL,
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by VARCHAR(40)  NOT NULL,
    retired_at  TIMESTAMP WITH TIME ZONE
);

-- Notices 通知/便函/公告: a draft the clerk edits, then issued (numbered, rendered, frozen) and published.
CREATE SEQUENCE notice_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice (
    id           BIGINT         PRIMARY KEY,
    version      BIGINT         NOT NULL,
    kind         VARCHAR(20)    NOT NULL,
    status       VARCHAR(20)    NOT NULL,
    title        VARCHAR(300)   NOT NULL,
    recipients   VARCHAR(300),
    body         VARCHAR(200000) NOT NULL,
    co_issuers   VARCHAR(300),
    copy_to      VARCHAR(500),
    dated        DATE           NOT NULL,
    document_id  BIGINT         REFERENCES issued_document (id),
    corrects_id  BIGINT         REFERENCES notice (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(40)    NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE,
    published_by VARCHAR(40),
    -- One issued document per notice, and at most one correction of a notice.
    CONSTRAINT notice_document_uk UNIQUE (document_id),
    CONSTRAINT notice_corrects_uk UNIQUE (corrects_id)
);
CREATE INDEX notice_status_idx ON notice (status, published_at);

CREATE SEQUENCE notice_annex_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE notice_annex (
    id          BIGINT         PRIMARY KEY,
    notice_id   BIGINT         NOT NULL REFERENCES notice (id),
    position    INTEGER        NOT NULL,
    title       VARCHAR(200)   NOT NULL,
    -- A generated annex: its blocks (text lines and tables) as JSON, rendered into the document.
    blocks      VARCHAR(1000000),
    -- An uploaded annex: the file in the store, served as an attachment.
    file_sha256 CHAR(64),
    file_name   VARCHAR(200),
    media_type  VARCHAR(100),
    file_size   BIGINT,
    CONSTRAINT notice_annex_position_uk UNIQUE (notice_id, position),
    CONSTRAINT notice_annex_one_kind CHECK ((blocks IS NULL) <> (file_sha256 IS NULL))
);
