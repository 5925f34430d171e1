{#
  Text normalisation for Chinese names and places. The only place that knows about
  full-width forms, quote characters and the regex dialect (RE2 via DuckDB's
  regexp_replace / regexp_extract); a second warehouse target overrides these macros.
#}

{# Full-width ASCII (U+FF01–U+FF5E) and the ideographic space → their half-width forms. #}
{% macro to_halfwidth(expr) -%}
    translate(
        {{ expr }},
        '！＂＃＄％＆＇（）＊＋，－．／０１２３４５６７８９：；＜＝＞？＠ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ［＼］＾＿｀ａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ｛｜｝～　',
        '!"#$%&''()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\]^_`abcdefghijklmnopqrstuvwxyz{|}~ '
    )
{%- endmacro %}

{# Half-width, no whitespace, no quote marks of any kind; null stays null, '' becomes null. #}
{% macro normalise_text(expr) -%}
    nullif(
        regexp_replace(
            {{ to_halfwidth(expr) }},
            '[\s"''“”‘’「」『』《》〈〉·•]', '', 'g'
        ),
        ''
    )
{%- endmacro %}

{# County-level and prefecture names of Zhejiang (the pilot province) as a regex alternation,
   longest first so that no name is cut short by another that begins it. Read from the seed
   zhejiang_places (the gazetteer the extractor reads too): the province's full name, and every
   place's short form (丽水, 莲都, 景宁). Used to strip a leading place from a project name and to
   align "丽水市经开区" with "丽水经开区". #}
{% macro zhejiang_place_names() -%}
    {%- set names = seed_values('zhejiang_places', "name from (
        select short_name as name from {relation}
        union select place_name from {relation} where place_level = 'province'
    ) order by length(name) desc, name") -%}
    {{- names | join('|') -}}
{%- endmacro %}

{# Long forms of development zones → the short forms notices mostly use. #}
{% macro shorten_zone_names(expr) -%}
    replace(replace(replace(replace(replace(
        {{ expr }},
        '经济技术开发区', '经开区'),
        '高新技术产业开发区', '高新区'),
        '高新技术产业园区', '高新区'),
        '经济开发区', '开发区'),
        '畲族自治县', '')
{%- endmacro %}

{# A place as a comparable key: normalised text, short zone names, no 市/县 after a known
   place name, no trailing 内/境内. '丽水市经济技术开发区内' → '丽水经开区'. #}
{% macro normalise_location(expr) -%}
    nullif(
        regexp_replace(
            regexp_replace(
                regexp_replace(
                    {{ shorten_zone_names(normalise_text(expr)) }},
                    '({{ zhejiang_place_names() }})(市|县)', '\1', 'g'
                ),
                '(境内|内)$', ''
            ),
            -- a bare administrative word names no place (a clipped '景宁畲族自治县' → '自治县')
            '^(自治县|自治州|县|区|市|镇|乡|街道|新区|园区)$', ''
        ),
        ''
    )
{%- endmacro %}

{# Name suffixes that say what kind of thing a project is or which phase, not which project. #}
{% macro project_suffix_pattern() -%}
    (产业项目|项目|产业园区|产业园|园区|基地|生产线|工程|一期|二期|三期|首期|建设)+$
{%- endmacro %}

{# A project name as a comparable key: normalised text without bracketed asides
   ("（一期）") and without trailing kind / phase suffixes.
   '“富乐德”半导体产业项目（一期）' → '富乐德半导体'. Falls back to the normalised text when
   stripping would leave nothing (a project literally called 项目 stays 项目). #}
{% macro normalise_project_name(expr) -%}
    coalesce(
        nullif(
            regexp_replace(
                regexp_replace({{ normalise_text(expr) }}, '[(\[【][^)\]】]*[)\]】]', '', 'g'),
                '{{ project_suffix_pattern() }}', ''
            ),
            ''
        ),
        {{ normalise_text(expr) }}
    )
{%- endmacro %}

{# Words that start the descriptive part of a project name: industry, product or a number.
   The brand is what comes before the first of them. #}
{% macro project_cue_pattern() -%}
    半导体|集成电路|芯片|晶圆|硅片|抛光片|微电子|光电|电子|传感器|新材料|材料|新能源|能源|光伏|储能|锂电|电池|科技|智能|智造|数字|数据|信息|软件|通信|人工智能|机器人|生物|医药|医疗|健康|康养|汽车|汽摩配|热管理|装备|机械|精密|数控|电机|电器|电气|阀门|轴承|五金|合金|特材|化工|纺织|服装|鞋业|食品|建材|家居|包装|环保|生态|绿色|文旅|旅游|物流|总部|研发|创新|产业|制造|工业|实业|股份|集团|有限公司|年产|高端|新型|综合|[0-9]
{%- endmacro %}

{# Leading words that are not a brand. #}
{% macro generic_core_words() -%}
    新建|扩建|改扩建|技改|重点|重大|省级|市级|县级|国家|国家级|中国|全省|全市|全县|标准|未来|现代|高新|经开|开发
{%- endmacro %}

{# A name without the place it starts with: '丽水经开区申和传感器' → '申和传感器'. #}
{% macro strip_leading_place(expr) -%}
    regexp_replace(
        {{ expr }},
        '^({{ zhejiang_place_names() }})(市|县|区)?(经开区|开发区|高新区|产业园区|园区)?', ''
    )
{%- endmacro %}

{# The text before the first cue word: '富乐德12英寸抛光片' → '富乐德'; '' when no cue occurs
   or the text starts with one. #}
{% macro text_before_first_cue(expr) -%}
    regexp_extract({{ expr }}, '^(.*?)({{ project_cue_pattern() }})', 1)
{%- endmacro %}

{% macro matches_pattern(expr, pattern) -%}
    regexp_matches({{ expr }}, '{{ pattern }}')
{%- endmacro %}

{# An indicator (target or outcome) as a comparable key: '单位ＧＤＰ 能耗' → '单位gdp能耗'.
   Targets and outcomes must use this same macro, or they stop matching. #}
{% macro indicator_key(expr) -%}
    lower({{ normalise_text(expr) }})
{%- endmacro %}

{# The body a target or result belongs to, as a comparable key. Words that only mean "the
   report's own jurisdiction" (全市, 我区, 市本级 …) say nothing the unstated subject does not,
   so they become null. '丽水市经济技术开发区' → '丽水经开区'; '全市' → null. #}
{% macro normalise_subject(expr) -%}
    nullif(
        regexp_replace(
            {{ normalise_location(expr) }},
            '^(全市|全区|全县|全省|我市|我区|我县|我省|本市|本区|本县|市本级|全域|全市域)$', ''
        ),
        ''
    )
{%- endmacro %}

{# Two subject keys name the same body: equal, both unstated, or one is the other with a place
   in front ('丽水经开区' ends with '经开区'). #}
{% macro subjects_agree(a, b) -%}
    (
        {{ a }} = {{ b }}
        or ({{ a }} is null and {{ b }} is null)
        or (length({{ b }}) >= 3 and ends_with({{ a }}, {{ b }}))
        or (length({{ a }}) >= 3 and ends_with({{ b }}, {{ a }}))
    )
{%- endmacro %}
