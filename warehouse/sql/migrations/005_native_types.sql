-- Migration 5: native types for analysts. Ranks, record flags and changes were JSON text or three
-- loose columns; they become a STRUCT list, a VARCHAR list and a STRUCT, converted in place.
-- Ranks gain scope_kind (the same rule as warehouse.rows.scope_kind, frozen here) and of_total
-- (NULL: older parsers never stated it); changes gain basis (NULL until re-parsed).
ALTER TABLE indicators ADD COLUMN IF NOT EXISTS period VARCHAR;
ALTER TABLE indicators ADD COLUMN change STRUCT("direction" VARCHAR, "value" DOUBLE, "unit" VARCHAR, "basis" VARCHAR);
UPDATE indicators SET change = CASE WHEN change_direction IS NULL THEN NULL ELSE
    {'direction': change_direction, 'value': change_value, 'unit': change_unit, 'basis': NULL::VARCHAR} END;
ALTER TABLE indicators DROP COLUMN change_direction;
ALTER TABLE indicators DROP COLUMN change_value;
ALTER TABLE indicators DROP COLUMN change_unit;
ALTER TABLE indicators ADD COLUMN ranks STRUCT("scope" VARCHAR, "scope_kind" VARCHAR, "position" INTEGER, "of_total" INTEGER)[];
UPDATE indicators SET ranks = list_transform(
    coalesce(from_json(ranks_json, '[{"scope": "VARCHAR", "position": "INTEGER"}]'), []),
    lambda r: {
        'scope': r.scope,
        'scope_kind': CASE
            WHEN starts_with(r.scope, '全国') THEN 'national'
            WHEN regexp_matches(r.scope, '^(东部|中部|西部|东北|长江|黄河|京津冀|长三角|珠三角|汾渭|成渝)')
                OR regexp_matches(r.scope, '(地区|区域|流域|经济带)$') THEN 'regional'
            WHEN regexp_matches(r.scope, '^(全省|全区|全市|省内|区内)') THEN 'provincial'
            WHEN regexp_matches(r.scope, '(市|州|盟)$') THEN 'city'
            ELSE 'other' END,
        'position': r.position,
        'of_total': NULL::INTEGER
    });
ALTER TABLE indicators ALTER COLUMN ranks SET NOT NULL;
ALTER TABLE indicators DROP COLUMN ranks_json;
ALTER TABLE indicators ADD COLUMN record_list VARCHAR[];
UPDATE indicators SET record_list = coalesce(from_json(record_flags, '["VARCHAR"]'), []);
ALTER TABLE indicators DROP COLUMN record_flags;
ALTER TABLE indicators RENAME COLUMN record_list TO record_flags;
ALTER TABLE indicators ALTER COLUMN record_flags SET NOT NULL;
