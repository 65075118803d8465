-- files: stored uploads and their derived variants (bytes live in the file store, not here)
CREATE TABLE stored_files (
    id           ${uuid}      NOT NULL,
    owner_id     ${uuid}      NOT NULL,
    content_type VARCHAR(50)  NOT NULL,
    size         BIGINT       NOT NULL,
    width        INT          NOT NULL,
    height       INT          NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    created_at   ${timestamp} NOT NULL,
    CONSTRAINT pk_stored_files PRIMARY KEY (id)
);

CREATE INDEX ix_stored_files_owner ON stored_files (owner_id);

CREATE TABLE file_variants (
    file_id      ${uuid}     NOT NULL,
    variant      VARCHAR(20) NOT NULL,
    content_type VARCHAR(50) NOT NULL,
    size         BIGINT      NOT NULL,
    width        INT         NOT NULL,
    height       INT         NOT NULL,
    sha256       CHAR(64)    NOT NULL,
    CONSTRAINT pk_file_variants PRIMARY KEY (file_id, variant),
    CONSTRAINT fk_file_variants_file FOREIGN KEY (file_id) REFERENCES stored_files (id) ON DELETE CASCADE
);

-- collections: categories with typed fields, items, their URLs and photos
CREATE TABLE categories (
    id          ${uuid}       NOT NULL,
    owner_id    ${uuid}       NOT NULL,
    name        VARCHAR(100)  NOT NULL,
    name_key    VARCHAR(100)  NOT NULL,
    description VARCHAR(2000),
    fields      ${text}       NOT NULL,
    created_at  ${timestamp}  NOT NULL,
    updated_at  ${timestamp}  NOT NULL,
    version     BIGINT        NOT NULL,
    CONSTRAINT pk_categories PRIMARY KEY (id),
    CONSTRAINT uq_categories_owner_name UNIQUE (owner_id, name_key),
    CONSTRAINT fk_categories_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE TABLE items (
    id           ${uuid}        NOT NULL,
    owner_id     ${uuid}        NOT NULL,
    category_id  ${uuid}        NOT NULL,
    name         VARCHAR(200)   NOT NULL,
    name_key     VARCHAR(200)   NOT NULL,
    -- long text as ${text}: MariaDB's 64 KiB row limit counts VARCHAR at 4 bytes a character
    description  ${text},
    item_values  ${text}        NOT NULL,
    -- lower-cased name, description and text values: what q searches
    search_text  ${text}        NOT NULL,
    photo_count  INT            NOT NULL,
    created_at   ${timestamp}   NOT NULL,
    updated_at   ${timestamp}   NOT NULL,
    version      BIGINT         NOT NULL,
    CONSTRAINT pk_items PRIMARY KEY (id),
    CONSTRAINT fk_items_owner FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE,
    CONSTRAINT fk_items_category FOREIGN KEY (category_id) REFERENCES categories (id)
);

CREATE INDEX ix_items_owner_created ON items (owner_id, created_at, id);
CREATE INDEX ix_items_owner_updated ON items (owner_id, updated_at, id);
CREATE INDEX ix_items_owner_name ON items (owner_id, name_key, id);
CREATE INDEX ix_items_owner_category ON items (owner_id, category_id, created_at, id);
CREATE INDEX ix_items_category ON items (category_id);

-- one row per filled-in field, so field.<key> filters use an index on every database
CREATE TABLE item_field_values (
    item_id      ${uuid}        NOT NULL,
    owner_id     ${uuid}        NOT NULL,
    field_key    VARCHAR(64)    NOT NULL,
    text_value   VARCHAR(255),
    number_value DECIMAL(38, 10),
    CONSTRAINT pk_item_field_values PRIMARY KEY (item_id, field_key),
    CONSTRAINT fk_item_field_values_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE INDEX ix_item_field_values_text ON item_field_values (owner_id, field_key, text_value);
CREATE INDEX ix_item_field_values_number ON item_field_values (owner_id, field_key, number_value);

CREATE TABLE item_urls (
    id         ${uuid}       NOT NULL,
    item_id    ${uuid}       NOT NULL,
    url        VARCHAR(2048) NOT NULL,
    label      VARCHAR(200),
    position   INT           NOT NULL,
    created_at ${timestamp}  NOT NULL,
    CONSTRAINT pk_item_urls PRIMARY KEY (id),
    CONSTRAINT fk_item_urls_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE INDEX ix_item_urls_item ON item_urls (item_id, position);

CREATE TABLE item_photos (
    id         ${uuid}      NOT NULL,
    item_id    ${uuid}      NOT NULL,
    file_id    ${uuid}      NOT NULL,
    is_primary BOOLEAN      NOT NULL,
    position   INT          NOT NULL,
    created_at ${timestamp} NOT NULL,
    CONSTRAINT pk_item_photos PRIMARY KEY (id),
    CONSTRAINT fk_item_photos_item FOREIGN KEY (item_id) REFERENCES items (id) ON DELETE CASCADE
);

CREATE INDEX ix_item_photos_item ON item_photos (item_id, position);
