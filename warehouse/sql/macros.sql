-- Scalar macros the views share, created (or replaced) before them by warehouse.schema.
--
-- direction_good(code, unit_base): 'lower' when a lower value of the indicator is better
-- (concentrations, the air-quality composite index, heavy-pollution days, worse-than-class
-- shares of rivers and coastal waters, the worst groundwater grade, ranks), else 'higher'.
-- v_indicator_compare and v_fact_check both judge "better than national" with it.
CREATE OR REPLACE MACRO direction_good(code, unit_base) AS
    CASE
        WHEN unit_base = 'ug/m3' OR code LIKE '%concentration%' OR code LIKE '%composite_index%'
            OR code LIKE 'heavy_pollution%' OR code LIKE '%worse_than%' OR code LIKE '%poor_quality%'
            OR code LIKE '%rank%' THEN 'lower'
        ELSE 'higher'
    END;

-- is_core_code(code): a catalog indicator, not one of the generic codes that catch quantities no
-- catalog entry names (money, count, share …). v_indicator_matrix and v_fact_check keep these.
CREATE OR REPLACE MACRO is_core_code(code) AS
    code NOT IN (
        'money', 'count', 'share', 'change', 'area', 'concentration',
        'days', 'mass', 'volume', 'length', 'energy', 'power', 'sound_level', 'streak'
    );

-- stated_decimals(value): digits after the decimal point of a figure, the precision it was
-- stated with as far as the number shows it (27 → 0, 29.3 → 1; a written 28.0 reads as 28).
CREATE OR REPLACE MACRO stated_decimals(value) AS
    CASE WHEN value = round(value) THEN 0
        ELSE least(length(split_part(CAST(value AS VARCHAR), '.', 2)), 6)
    END;
