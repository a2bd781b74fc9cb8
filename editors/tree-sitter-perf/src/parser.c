#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 635
#define LARGE_STATE_COUNT 15
#define SYMBOL_COUNT 440
#define ALIAS_COUNT 3
#define TOKEN_COUNT 278
#define EXTERNAL_TOKEN_COUNT 4
#define FIELD_COUNT 5
#define MAX_ALIAS_SEQUENCE_LENGTH 9
#define PRODUCTION_ID_COUNT 19

enum ts_symbol_identifiers {
  sym__word = 1,
  sym_comment = 2,
  anon_sym_DQUOTE = 3,
  aux_sym_string_token1 = 4,
  anon_sym_DQUOTE2 = 5,
  sym_escape_sequence = 6,
  sym_number = 7,
  anon_sym_u4e07u5143 = 8,
  anon_sym_u4ebfu5143 = 9,
  anon_sym_u5343u5143 = 10,
  anon_sym_u5143 = 11,
  sym_percent = 12,
  anon_sym_u5305u542b = 13,
  anon_sym_include = 14,
  anon_sym_u6587u6863 = 15,
  anon_sym_document = 16,
  anon_sym_LBRACE = 17,
  anon_sym_RBRACE = 18,
  anon_sym_u5e74u5ea6 = 19,
  anon_sym_year = 20,
  anon_sym_u90e8u95e8 = 21,
  anon_sym_department = 22,
  anon_sym_u7f16u5236 = 23,
  anon_sym_prepared_by = 24,
  anon_sym_u5ba1u6838 = 25,
  anon_sym_reviewed_by = 26,
  anon_sym_u72b6u6001 = 27,
  anon_sym_status = 28,
  anon_sym_u91d1u989du5355u4f4d = 29,
  anon_sym_money_unit = 30,
  anon_sym_u6307u6807u4f53u7cfb = 31,
  anon_sym_framework = 32,
  anon_sym_u89c4u5219 = 33,
  anon_sym_rules = 34,
  anon_sym_u786eu8ba4 = 35,
  anon_sym_acknowledge = 36,
  anon_sym_u5141u8bb8u5305u542b = 37,
  anon_sym_allow_include = 38,
  anon_sym_u4e0au5e74 = 39,
  anon_sym_previous = 40,
  anon_sym_u7248u672c = 41,
  anon_sym_revision = 42,
  anon_sym_u8868u6837 = 43,
  anon_sym_form = 44,
  anon_sym_u8bc4u5206 = 45,
  anon_sym_scoring = 46,
  anon_sym_u6267u884cu7387 = 47,
  anon_sym_execution_rate = 48,
  anon_sym_u8865u5145u5355u4f4d = 49,
  anon_sym_extra_units = 50,
  anon_sym_u8865u5145u5b9au6027 = 51,
  anon_sym_extra_levels = 52,
  anon_sym_u90e8u95e8u76eeu6807 = 53,
  anon_sym_department_goals = 54,
  anon_sym_u90e8u95e8u7f16u7801 = 55,
  anon_sym_department_code = 56,
  anon_sym_u9884u7b97 = 57,
  anon_sym_budget = 58,
  anon_sym_u57fau672cu652fu51fa = 59,
  anon_sym_basic_spending = 60,
  anon_sym_u9879u76eeu652fu51fa = 61,
  anon_sym_project_spending = 62,
  anon_sym_u5355u4f4du804cu80fd = 63,
  anon_sym_unit_functions = 64,
  anon_sym_u5c65u804cu76eeu6807 = 65,
  anon_sym_duty = 66,
  anon_sym_u9879u76ee = 67,
  anon_sym_project = 68,
  anon_sym_u603bu4f53u76eeu6807 = 69,
  anon_sym_overall = 70,
  anon_sym_u5206u9879u76eeu6807 = 71,
  anon_sym_sub_goal = 72,
  anon_sym_u6307u6807 = 73,
  anon_sym_indicators = 74,
  anon_sym_u4fddu969cu63aau65bd = 75,
  anon_sym_measure = 76,
  anon_sym_u5355u4f4d = 77,
  anon_sym_unit = 78,
  anon_sym_u6807u9898 = 79,
  anon_sym_title = 80,
  anon_sym_u8d22u653fu8d44u91d1 = 81,
  anon_sym_fiscal = 82,
  anon_sym_u8d22u653fu62e8u6b3e = 83,
  anon_sym_appropriation = 84,
  anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1 = 85,
  anon_sym_higher_fiscal = 86,
  anon_sym_u672cu7ea7u8d22u653fu8d44u91d1 = 87,
  anon_sym_local_fiscal = 88,
  anon_sym_u81eau6709u8d44u91d1 = 89,
  anon_sym_own_funds = 90,
  anon_sym_u4e8bu4e1au6536u5165 = 91,
  anon_sym_service_income = 92,
  anon_sym_u7ecfu8425u6027u6536u5165 = 93,
  anon_sym_business_income = 94,
  anon_sym_u5176u4ed6u8d44u91d1 = 95,
  anon_sym_other = 96,
  anon_sym_u4e2du671fu8d44u91d1 = 97,
  anon_sym_mid_term_budget = 98,
  anon_sym_u7528u9014 = 99,
  anon_sym_use = 100,
  anon_sym_u76eeu6807 = 101,
  anon_sym_goal = 102,
  anon_sym_u4e2du671fu76eeu6807 = 103,
  anon_sym_mid_term = 104,
  anon_sym_u957fu671fu76eeu6807 = 105,
  anon_sym_long_term = 106,
  anon_sym_u9879u76eeu671f = 107,
  anon_sym_period = 108,
  sym_period_bound = 109,
  anon_sym_u81f3 = 110,
  anon_sym_u5230 = 111,
  anon_sym_DASH = 112,
  anon_sym_uff0d = 113,
  anon_sym_u2014 = 114,
  anon_sym_u2013 = 115,
  anon_sym_TILDE = 116,
  anon_sym_uff5e = 117,
  anon_sym_to = 118,
  anon_sym_u5b9eu65bdu8ba1u5212 = 119,
  anon_sym_plan = 120,
  anon_sym_u5ba1u6838u610fu89c1 = 121,
  anon_sym_review = 122,
  anon_sym_u5ba1u6838u4eba = 123,
  anon_sym_reviewer = 124,
  anon_sym_u5ba1u6838u65e5u671f = 125,
  anon_sym_review_date = 126,
  anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801 = 127,
  anon_sym_supervisor_code = 128,
  anon_sym_u4e3bu7ba1u90e8u95e8 = 129,
  anon_sym_supervisor = 130,
  anon_sym_u5b9eu65bdu5355u4f4d = 131,
  anon_sym_implementer = 132,
  anon_sym_u9879u76eeu8d1fu8d23u4eba = 133,
  anon_sym_manager = 134,
  anon_sym_u8054u7cfbu7535u8bdd = 135,
  anon_sym_phone = 136,
  anon_sym_u9879u76eeu5c5eu6027 = 137,
  anon_sym_attribute = 138,
  anon_sym_u9879u76eeu7c7bu578b = 139,
  anon_sym_project_type = 140,
  anon_sym_u529fu80fdu79d1u76ee = 141,
  anon_sym_function_class = 142,
  anon_sym_u586bu62a5u5355u4f4d = 143,
  anon_sym_filing_unit = 144,
  anon_sym_u586bu62a5u4eba = 145,
  anon_sym_filed_by = 146,
  anon_sym_u5355u4f4du8d1fu8d23u4eba = 147,
  anon_sym_unit_head = 148,
  anon_sym_u586bu62a5u65e5u671f = 149,
  anon_sym_filing_date = 150,
  anon_sym_u9879u76eeu6982u51b5 = 151,
  anon_sym_overview = 152,
  anon_sym_u7acbu9879u4f9du636e = 153,
  anon_sym_approval_basis = 154,
  anon_sym_u53efu884cu6027 = 155,
  anon_sym_feasibility = 156,
  anon_sym_u5fc5u8981u6027 = 157,
  anon_sym_necessity = 158,
  anon_sym_u5176u4ed6u8bf4u660e = 159,
  anon_sym_remarks = 160,
  anon_sym_u660eu7ec6 = 161,
  anon_sym_breakdown = 162,
  anon_sym_u7533u8bf7 = 163,
  anon_sym_requested = 164,
  anon_sym_u5df2u5b89u6392 = 165,
  anon_sym_arranged_before = 166,
  anon_sym_EQ = 167,
  anon_sym_uff1d = 168,
  anon_sym_u5408u8ba1 = 169,
  anon_sym_total = 170,
  anon_sym_u7ea6 = 171,
  anon_sym_approx = 172,
  anon_sym_PLUS = 173,
  anon_sym_uff0b = 174,
  anon_sym_u00d7 = 175,
  anon_sym_STAR = 176,
  anon_sym_uff0a = 177,
  anon_sym_u00f7 = 178,
  anon_sym_LPAREN = 179,
  anon_sym_uff08 = 180,
  anon_sym_RPAREN = 181,
  anon_sym_uff09 = 182,
  sym_unit = 183,
  anon_sym_u652fu51fau8ba1u5212 = 184,
  anon_sym_schedule = 185,
  anon_sym_PERCENT = 186,
  anon_sym_uff05 = 187,
  aux_sym_month_end_token1 = 188,
  anon_sym_jan = 189,
  anon_sym_feb = 190,
  anon_sym_mar = 191,
  anon_sym_apr = 192,
  anon_sym_may = 193,
  anon_sym_jun = 194,
  anon_sym_jul = 195,
  anon_sym_aug = 196,
  anon_sym_sep = 197,
  anon_sym_oct = 198,
  anon_sym_nov = 199,
  anon_sym_dec = 200,
  anon_sym_u6a21u677f = 201,
  anon_sym_template = 202,
  anon_sym_u63cfu8ff0 = 203,
  anon_sym_description = 204,
  anon_sym_u4f9du636e = 205,
  anon_sym_basis = 206,
  anon_sym_u6307u6807u6027u8d28 = 207,
  anon_sym_nature = 208,
  anon_sym_u6307u6807u65b9u5411 = 209,
  anon_sym_direction = 210,
  anon_sym_u5907u6ce8 = 211,
  anon_sym_remark = 212,
  anon_sym_u8ba1u91cfu5355u4f4d = 213,
  anon_sym_measure_unit = 214,
  anon_sym_u5206u503c = 215,
  anon_sym_weight = 216,
  anon_sym_u6307u6807u503c = 217,
  anon_sym_value = 218,
  sym_comparator = 219,
  sym_placeholder = 220,
  sym_deadline = 221,
  anon_sym_u81eau8bc4 = 222,
  anon_sym_self_evaluation = 223,
  anon_sym_u90e8u95e8u6574u4f53 = 224,
  anon_sym_whole_department = 225,
  anon_sym_u8d44u91d1 = 226,
  anon_sym_funds = 227,
  anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e = 228,
  anon_sym_current_appropriation = 229,
  anon_sym_u4e0au5e74u7ed3u8f6c = 230,
  anon_sym_carried_over = 231,
  anon_sym_u5e74u521du9884u7b97u6570 = 232,
  anon_sym_initial_budget = 233,
  anon_sym_u5168u5e74u9884u7b97u6570 = 234,
  anon_sym_full_year_budget = 235,
  anon_sym_u5168u5e74u6267u884cu6570 = 236,
  anon_sym_executed = 237,
  anon_sym_u5b8cu6210u60c5u51b5 = 238,
  anon_sym_achieved = 239,
  anon_sym_u5b9eu9645 = 240,
  anon_sym_actual = 241,
  anon_sym_u5f97u5206 = 242,
  anon_sym_score = 243,
  anon_sym_u504fu5dee = 244,
  anon_sym_deviation = 245,
  anon_sym_u76d1u63a7 = 246,
  anon_sym_monitoring = 247,
  anon_sym_u622au81f3 = 248,
  anon_sym_as_of = 249,
  anon_sym_u6267u884cu6570 = 250,
  anon_sym_executed_to_date = 251,
  anon_sym_u9884u8ba1u6267u884cu6570 = 252,
  anon_sym_forecast_executed = 253,
  anon_sym_u5b8cu6210 = 254,
  anon_sym_done = 255,
  anon_sym_u9884u8ba1 = 256,
  anon_sym_forecast = 257,
  anon_sym_u53efu80fdu6027 = 258,
  anon_sym_likelihood = 259,
  anon_sym_u7ea0u504f = 260,
  anon_sym_correction = 261,
  anon_sym_u6307u6807u5e93 = 262,
  anon_sym_library = 263,
  anon_sym_u7c7bu522b = 264,
  anon_sym_category = 265,
  anon_sym_u8ba1u7b97u516cu5f0f = 266,
  anon_sym_formula = 267,
  anon_sym_u53c2u8003u503c = 268,
  anon_sym_reference = 269,
  anon_sym_u6838u5fc3 = 270,
  anon_sym_core = 271,
  anon_sym_u9002u7528 = 272,
  anon_sym_applies_to = 273,
  sym__line_end = 274,
  sym__continue = 275,
  sym__continue_alone = 276,
  sym__word_comparator = 277,
  sym_source_file = 278,
  sym__item = 279,
  sym_code = 280,
  sym_string = 281,
  sym_text = 282,
  sym__word_or_string = 283,
  sym_money = 284,
  sym_money_unit = 285,
  sym_include = 286,
  sym_document = 287,
  sym__document_field = 288,
  sym_year = 289,
  sym_department = 290,
  sym_prepared_by = 291,
  sym_reviewed_by = 292,
  sym_status = 293,
  sym_money_unit_field = 294,
  sym_framework = 295,
  sym_setting = 296,
  sym_rules = 297,
  sym_rule_setting = 298,
  sym_acknowledge = 299,
  sym_allow_include = 300,
  sym_previous = 301,
  sym_form = 302,
  sym_scoring = 303,
  sym_scoring_setting = 304,
  sym_extra_units = 305,
  sym_extra_levels = 306,
  sym_department_goals = 307,
  sym__department_goals_line = 308,
  sym_dept_code = 309,
  sym_dept_budget = 310,
  sym_dept_fund = 311,
  sym_dept_functions = 312,
  sym_duty = 313,
  sym_duty_project = 314,
  sym_overall = 315,
  sym_sub_goal = 316,
  sym_indicators_text = 317,
  sym_measure = 318,
  sym_unit_decl = 319,
  sym_project = 320,
  sym__project_field = 321,
  sym_unit_ref = 322,
  sym_title = 323,
  sym_budget = 324,
  sym_fund = 325,
  sym_mid_budget = 326,
  sym_use_text = 327,
  sym_goal = 328,
  sym_term_goal = 329,
  sym_period = 330,
  sym_period_range = 331,
  sym_period_to = 332,
  sym_plan = 333,
  sym_plan_row = 334,
  sym_review = 335,
  sym_review_field = 336,
  sym_info = 337,
  sym_prose = 338,
  sym_breakdown = 339,
  sym_requested = 340,
  sym_previously = 341,
  sym_breakdown_item = 342,
  sym_breakdown_total = 343,
  sym_approx = 344,
  sym__expr = 345,
  sym_binary_expression = 346,
  sym_parenthesized = 347,
  sym_quantity = 348,
  sym_schedule = 349,
  sym_schedule_entry = 350,
  sym_month_end = 351,
  sym_indicator_group = 352,
  sym_indicator = 353,
  sym_indicator_continuation = 354,
  sym__indicator_field = 355,
  sym__keyword_field = 356,
  sym_description = 357,
  sym_basis = 358,
  sym_nature = 359,
  sym_direction = 360,
  sym_remark = 361,
  sym_measure_unit = 362,
  sym_weight = 363,
  sym_mid_term = 364,
  sym_long_term = 365,
  sym_target = 366,
  sym__keyword_target = 367,
  sym__value = 368,
  sym_value_quantity = 369,
  sym_level = 370,
  sym_self_evaluation = 371,
  sym__evaluation_line = 372,
  sym_evaluation_funds = 373,
  sym_evaluation_source = 374,
  sym_execution_amount = 375,
  sym_stated_rate = 376,
  sym_achieved = 377,
  sym_evaluation_row = 378,
  sym_evaluation_continuation = 379,
  sym__evaluation_field = 380,
  sym_actual = 381,
  sym_score = 382,
  sym_deviation = 383,
  sym_evaluation_text = 384,
  sym_monitoring = 385,
  sym_as_of = 386,
  sym__monitoring_line = 387,
  sym_monitoring_funds = 388,
  sym_monitoring_amount = 389,
  sym_monitoring_row = 390,
  sym_monitoring_continuation = 391,
  sym__monitoring_field = 392,
  sym_done = 393,
  sym_forecast = 394,
  sym_likelihood = 395,
  sym_cause = 396,
  sym_cause_kind = 397,
  sym_correction = 398,
  sym_library = 399,
  sym_template = 400,
  sym__template_field = 401,
  sym_template_category = 402,
  sym_formula = 403,
  sym_reference = 404,
  sym_core = 405,
  sym_applies_to = 406,
  aux_sym_source_file_repeat1 = 407,
  aux_sym_string_repeat1 = 408,
  aux_sym_text_repeat1 = 409,
  aux_sym_document_repeat1 = 410,
  aux_sym_document_repeat2 = 411,
  aux_sym_rules_repeat1 = 412,
  aux_sym_scoring_repeat1 = 413,
  aux_sym_extra_units_repeat1 = 414,
  aux_sym_department_goals_repeat1 = 415,
  aux_sym_dept_budget_repeat1 = 416,
  aux_sym_duty_repeat1 = 417,
  aux_sym_sub_goal_repeat1 = 418,
  aux_sym_project_repeat1 = 419,
  aux_sym_budget_repeat1 = 420,
  aux_sym_plan_repeat1 = 421,
  aux_sym_review_repeat1 = 422,
  aux_sym_breakdown_repeat1 = 423,
  aux_sym_breakdown_repeat2 = 424,
  aux_sym_schedule_repeat1 = 425,
  aux_sym_indicator_group_repeat1 = 426,
  aux_sym_indicator_repeat1 = 427,
  aux_sym_self_evaluation_repeat1 = 428,
  aux_sym_evaluation_funds_repeat1 = 429,
  aux_sym_evaluation_source_repeat1 = 430,
  aux_sym_evaluation_row_repeat1 = 431,
  aux_sym_evaluation_text_repeat1 = 432,
  aux_sym_monitoring_repeat1 = 433,
  aux_sym_monitoring_funds_repeat1 = 434,
  aux_sym_monitoring_row_repeat1 = 435,
  aux_sym_cause_repeat1 = 436,
  aux_sym_library_repeat1 = 437,
  aux_sym_template_repeat1 = 438,
  aux_sym_template_repeat2 = 439,
  alias_sym_category = 440,
  alias_sym_text_value = 441,
  alias_sym_word = 442,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym__word] = "_word",
  [sym_comment] = "comment",
  [anon_sym_DQUOTE] = "\"",
  [aux_sym_string_token1] = "string_token1",
  [anon_sym_DQUOTE2] = "\"",
  [sym_escape_sequence] = "escape_sequence",
  [sym_number] = "number",
  [anon_sym_u4e07u5143] = "\u4e07\u5143",
  [anon_sym_u4ebfu5143] = "\u4ebf\u5143",
  [anon_sym_u5343u5143] = "\u5343\u5143",
  [anon_sym_u5143] = "\u5143",
  [sym_percent] = "percent",
  [anon_sym_u5305u542b] = "keyword",
  [anon_sym_include] = "keyword",
  [anon_sym_u6587u6863] = "keyword",
  [anon_sym_document] = "keyword",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_u5e74u5ea6] = "keyword",
  [anon_sym_year] = "keyword",
  [anon_sym_u90e8u95e8] = "keyword",
  [anon_sym_department] = "keyword",
  [anon_sym_u7f16u5236] = "keyword",
  [anon_sym_prepared_by] = "keyword",
  [anon_sym_u5ba1u6838] = "keyword",
  [anon_sym_reviewed_by] = "keyword",
  [anon_sym_u72b6u6001] = "keyword",
  [anon_sym_status] = "keyword",
  [anon_sym_u91d1u989du5355u4f4d] = "keyword",
  [anon_sym_money_unit] = "keyword",
  [anon_sym_u6307u6807u4f53u7cfb] = "keyword",
  [anon_sym_framework] = "keyword",
  [anon_sym_u89c4u5219] = "keyword",
  [anon_sym_rules] = "keyword",
  [anon_sym_u786eu8ba4] = "keyword",
  [anon_sym_acknowledge] = "keyword",
  [anon_sym_u5141u8bb8u5305u542b] = "keyword",
  [anon_sym_allow_include] = "keyword",
  [anon_sym_u4e0au5e74] = "keyword",
  [anon_sym_previous] = "keyword",
  [anon_sym_u7248u672c] = "keyword",
  [anon_sym_revision] = "keyword",
  [anon_sym_u8868u6837] = "keyword",
  [anon_sym_form] = "keyword",
  [anon_sym_u8bc4u5206] = "keyword",
  [anon_sym_scoring] = "keyword",
  [anon_sym_u6267u884cu7387] = "keyword",
  [anon_sym_execution_rate] = "keyword",
  [anon_sym_u8865u5145u5355u4f4d] = "keyword",
  [anon_sym_extra_units] = "keyword",
  [anon_sym_u8865u5145u5b9au6027] = "keyword",
  [anon_sym_extra_levels] = "keyword",
  [anon_sym_u90e8u95e8u76eeu6807] = "keyword",
  [anon_sym_department_goals] = "keyword",
  [anon_sym_u90e8u95e8u7f16u7801] = "keyword",
  [anon_sym_department_code] = "keyword",
  [anon_sym_u9884u7b97] = "keyword",
  [anon_sym_budget] = "keyword",
  [anon_sym_u57fau672cu652fu51fa] = "keyword",
  [anon_sym_basic_spending] = "keyword",
  [anon_sym_u9879u76eeu652fu51fa] = "keyword",
  [anon_sym_project_spending] = "keyword",
  [anon_sym_u5355u4f4du804cu80fd] = "keyword",
  [anon_sym_unit_functions] = "keyword",
  [anon_sym_u5c65u804cu76eeu6807] = "keyword",
  [anon_sym_duty] = "keyword",
  [anon_sym_u9879u76ee] = "keyword",
  [anon_sym_project] = "keyword",
  [anon_sym_u603bu4f53u76eeu6807] = "keyword",
  [anon_sym_overall] = "keyword",
  [anon_sym_u5206u9879u76eeu6807] = "keyword",
  [anon_sym_sub_goal] = "keyword",
  [anon_sym_u6307u6807] = "keyword",
  [anon_sym_indicators] = "keyword",
  [anon_sym_u4fddu969cu63aau65bd] = "keyword",
  [anon_sym_measure] = "keyword",
  [anon_sym_u5355u4f4d] = "keyword",
  [anon_sym_unit] = "keyword",
  [anon_sym_u6807u9898] = "keyword",
  [anon_sym_title] = "keyword",
  [anon_sym_u8d22u653fu8d44u91d1] = "keyword",
  [anon_sym_fiscal] = "keyword",
  [anon_sym_u8d22u653fu62e8u6b3e] = "keyword",
  [anon_sym_appropriation] = "keyword",
  [anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1] = "keyword",
  [anon_sym_higher_fiscal] = "keyword",
  [anon_sym_u672cu7ea7u8d22u653fu8d44u91d1] = "keyword",
  [anon_sym_local_fiscal] = "keyword",
  [anon_sym_u81eau6709u8d44u91d1] = "keyword",
  [anon_sym_own_funds] = "keyword",
  [anon_sym_u4e8bu4e1au6536u5165] = "keyword",
  [anon_sym_service_income] = "keyword",
  [anon_sym_u7ecfu8425u6027u6536u5165] = "keyword",
  [anon_sym_business_income] = "keyword",
  [anon_sym_u5176u4ed6u8d44u91d1] = "keyword",
  [anon_sym_other] = "keyword",
  [anon_sym_u4e2du671fu8d44u91d1] = "keyword",
  [anon_sym_mid_term_budget] = "keyword",
  [anon_sym_u7528u9014] = "keyword",
  [anon_sym_use] = "keyword",
  [anon_sym_u76eeu6807] = "keyword",
  [anon_sym_goal] = "keyword",
  [anon_sym_u4e2du671fu76eeu6807] = "keyword",
  [anon_sym_mid_term] = "keyword",
  [anon_sym_u957fu671fu76eeu6807] = "keyword",
  [anon_sym_long_term] = "keyword",
  [anon_sym_u9879u76eeu671f] = "keyword",
  [anon_sym_period] = "keyword",
  [sym_period_bound] = "period_bound",
  [anon_sym_u81f3] = "\u81f3",
  [anon_sym_u5230] = "\u5230",
  [anon_sym_DASH] = "-",
  [anon_sym_uff0d] = "\uff0d",
  [anon_sym_u2014] = "\u2014",
  [anon_sym_u2013] = "\u2013",
  [anon_sym_TILDE] = "~",
  [anon_sym_uff5e] = "\uff5e",
  [anon_sym_to] = "to",
  [anon_sym_u5b9eu65bdu8ba1u5212] = "keyword",
  [anon_sym_plan] = "keyword",
  [anon_sym_u5ba1u6838u610fu89c1] = "keyword",
  [anon_sym_review] = "keyword",
  [anon_sym_u5ba1u6838u4eba] = "keyword",
  [anon_sym_reviewer] = "keyword",
  [anon_sym_u5ba1u6838u65e5u671f] = "keyword",
  [anon_sym_review_date] = "keyword",
  [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = "keyword",
  [anon_sym_supervisor_code] = "keyword",
  [anon_sym_u4e3bu7ba1u90e8u95e8] = "keyword",
  [anon_sym_supervisor] = "keyword",
  [anon_sym_u5b9eu65bdu5355u4f4d] = "keyword",
  [anon_sym_implementer] = "keyword",
  [anon_sym_u9879u76eeu8d1fu8d23u4eba] = "keyword",
  [anon_sym_manager] = "keyword",
  [anon_sym_u8054u7cfbu7535u8bdd] = "keyword",
  [anon_sym_phone] = "keyword",
  [anon_sym_u9879u76eeu5c5eu6027] = "keyword",
  [anon_sym_attribute] = "keyword",
  [anon_sym_u9879u76eeu7c7bu578b] = "keyword",
  [anon_sym_project_type] = "keyword",
  [anon_sym_u529fu80fdu79d1u76ee] = "keyword",
  [anon_sym_function_class] = "keyword",
  [anon_sym_u586bu62a5u5355u4f4d] = "keyword",
  [anon_sym_filing_unit] = "keyword",
  [anon_sym_u586bu62a5u4eba] = "keyword",
  [anon_sym_filed_by] = "keyword",
  [anon_sym_u5355u4f4du8d1fu8d23u4eba] = "keyword",
  [anon_sym_unit_head] = "keyword",
  [anon_sym_u586bu62a5u65e5u671f] = "keyword",
  [anon_sym_filing_date] = "keyword",
  [anon_sym_u9879u76eeu6982u51b5] = "keyword",
  [anon_sym_overview] = "keyword",
  [anon_sym_u7acbu9879u4f9du636e] = "keyword",
  [anon_sym_approval_basis] = "keyword",
  [anon_sym_u53efu884cu6027] = "keyword",
  [anon_sym_feasibility] = "keyword",
  [anon_sym_u5fc5u8981u6027] = "keyword",
  [anon_sym_necessity] = "keyword",
  [anon_sym_u5176u4ed6u8bf4u660e] = "keyword",
  [anon_sym_remarks] = "keyword",
  [anon_sym_u660eu7ec6] = "keyword",
  [anon_sym_breakdown] = "keyword",
  [anon_sym_u7533u8bf7] = "keyword",
  [anon_sym_requested] = "keyword",
  [anon_sym_u5df2u5b89u6392] = "keyword",
  [anon_sym_arranged_before] = "keyword",
  [anon_sym_EQ] = "=",
  [anon_sym_uff1d] = "\uff1d",
  [anon_sym_u5408u8ba1] = "keyword",
  [anon_sym_total] = "keyword",
  [anon_sym_u7ea6] = "\u7ea6",
  [anon_sym_approx] = "approx",
  [anon_sym_PLUS] = "operator",
  [anon_sym_uff0b] = "operator",
  [anon_sym_u00d7] = "operator",
  [anon_sym_STAR] = "operator",
  [anon_sym_uff0a] = "operator",
  [anon_sym_u00f7] = "operator",
  [anon_sym_LPAREN] = "(",
  [anon_sym_uff08] = "\uff08",
  [anon_sym_RPAREN] = ")",
  [anon_sym_uff09] = "\uff09",
  [sym_unit] = "unit",
  [anon_sym_u652fu51fau8ba1u5212] = "keyword",
  [anon_sym_schedule] = "keyword",
  [anon_sym_PERCENT] = "%",
  [anon_sym_uff05] = "\uff05",
  [aux_sym_month_end_token1] = "month_end_token1",
  [anon_sym_jan] = "jan",
  [anon_sym_feb] = "feb",
  [anon_sym_mar] = "mar",
  [anon_sym_apr] = "apr",
  [anon_sym_may] = "may",
  [anon_sym_jun] = "jun",
  [anon_sym_jul] = "jul",
  [anon_sym_aug] = "aug",
  [anon_sym_sep] = "sep",
  [anon_sym_oct] = "oct",
  [anon_sym_nov] = "nov",
  [anon_sym_dec] = "dec",
  [anon_sym_u6a21u677f] = "keyword",
  [anon_sym_template] = "keyword",
  [anon_sym_u63cfu8ff0] = "field_keyword",
  [anon_sym_description] = "field_keyword",
  [anon_sym_u4f9du636e] = "field_keyword",
  [anon_sym_basis] = "field_keyword",
  [anon_sym_u6307u6807u6027u8d28] = "field_keyword",
  [anon_sym_nature] = "field_keyword",
  [anon_sym_u6307u6807u65b9u5411] = "field_keyword",
  [anon_sym_direction] = "field_keyword",
  [anon_sym_u5907u6ce8] = "field_keyword",
  [anon_sym_remark] = "field_keyword",
  [anon_sym_u8ba1u91cfu5355u4f4d] = "field_keyword",
  [anon_sym_measure_unit] = "field_keyword",
  [anon_sym_u5206u503c] = "field_keyword",
  [anon_sym_weight] = "field_keyword",
  [anon_sym_u6307u6807u503c] = "field_keyword",
  [anon_sym_value] = "field_keyword",
  [sym_comparator] = "comparator",
  [sym_placeholder] = "placeholder",
  [sym_deadline] = "deadline",
  [anon_sym_u81eau8bc4] = "keyword",
  [anon_sym_self_evaluation] = "keyword",
  [anon_sym_u90e8u95e8u6574u4f53] = "keyword",
  [anon_sym_whole_department] = "keyword",
  [anon_sym_u8d44u91d1] = "keyword",
  [anon_sym_funds] = "keyword",
  [anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e] = "keyword",
  [anon_sym_current_appropriation] = "keyword",
  [anon_sym_u4e0au5e74u7ed3u8f6c] = "keyword",
  [anon_sym_carried_over] = "keyword",
  [anon_sym_u5e74u521du9884u7b97u6570] = "keyword",
  [anon_sym_initial_budget] = "keyword",
  [anon_sym_u5168u5e74u9884u7b97u6570] = "keyword",
  [anon_sym_full_year_budget] = "keyword",
  [anon_sym_u5168u5e74u6267u884cu6570] = "keyword",
  [anon_sym_executed] = "keyword",
  [anon_sym_u5b8cu6210u60c5u51b5] = "keyword",
  [anon_sym_achieved] = "keyword",
  [anon_sym_u5b9eu9645] = "field_keyword",
  [anon_sym_actual] = "field_keyword",
  [anon_sym_u5f97u5206] = "field_keyword",
  [anon_sym_score] = "field_keyword",
  [anon_sym_u504fu5dee] = "field_keyword",
  [anon_sym_deviation] = "field_keyword",
  [anon_sym_u76d1u63a7] = "keyword",
  [anon_sym_monitoring] = "keyword",
  [anon_sym_u622au81f3] = "keyword",
  [anon_sym_as_of] = "keyword",
  [anon_sym_u6267u884cu6570] = "keyword",
  [anon_sym_executed_to_date] = "keyword",
  [anon_sym_u9884u8ba1u6267u884cu6570] = "keyword",
  [anon_sym_forecast_executed] = "keyword",
  [anon_sym_u5b8cu6210] = "field_keyword",
  [anon_sym_done] = "field_keyword",
  [anon_sym_u9884u8ba1] = "field_keyword",
  [anon_sym_forecast] = "field_keyword",
  [anon_sym_u53efu80fdu6027] = "field_keyword",
  [anon_sym_likelihood] = "field_keyword",
  [anon_sym_u7ea0u504f] = "field_keyword",
  [anon_sym_correction] = "field_keyword",
  [anon_sym_u6307u6807u5e93] = "keyword",
  [anon_sym_library] = "keyword",
  [anon_sym_u7c7bu522b] = "keyword",
  [anon_sym_category] = "keyword",
  [anon_sym_u8ba1u7b97u516cu5f0f] = "keyword",
  [anon_sym_formula] = "keyword",
  [anon_sym_u53c2u8003u503c] = "keyword",
  [anon_sym_reference] = "keyword",
  [anon_sym_u6838u5fc3] = "keyword",
  [anon_sym_core] = "keyword",
  [anon_sym_u9002u7528] = "keyword",
  [anon_sym_applies_to] = "keyword",
  [sym__line_end] = "_line_end",
  [sym__continue] = "_continue",
  [sym__continue_alone] = "_continue_alone",
  [sym__word_comparator] = "comparator",
  [sym_source_file] = "source_file",
  [sym__item] = "_item",
  [sym_code] = "code",
  [sym_string] = "string",
  [sym_text] = "text",
  [sym__word_or_string] = "_word_or_string",
  [sym_money] = "money",
  [sym_money_unit] = "money_unit",
  [sym_include] = "include",
  [sym_document] = "document",
  [sym__document_field] = "_document_field",
  [sym_year] = "year",
  [sym_department] = "department",
  [sym_prepared_by] = "prepared_by",
  [sym_reviewed_by] = "reviewed_by",
  [sym_status] = "status",
  [sym_money_unit_field] = "money_unit_field",
  [sym_framework] = "framework",
  [sym_setting] = "setting",
  [sym_rules] = "rules",
  [sym_rule_setting] = "rule_setting",
  [sym_acknowledge] = "acknowledge",
  [sym_allow_include] = "allow_include",
  [sym_previous] = "previous",
  [sym_form] = "form",
  [sym_scoring] = "scoring",
  [sym_scoring_setting] = "scoring_setting",
  [sym_extra_units] = "extra_units",
  [sym_extra_levels] = "extra_levels",
  [sym_department_goals] = "department_goals",
  [sym__department_goals_line] = "_department_goals_line",
  [sym_dept_code] = "dept_code",
  [sym_dept_budget] = "dept_budget",
  [sym_dept_fund] = "dept_fund",
  [sym_dept_functions] = "dept_functions",
  [sym_duty] = "duty",
  [sym_duty_project] = "duty_project",
  [sym_overall] = "overall",
  [sym_sub_goal] = "sub_goal",
  [sym_indicators_text] = "indicators_text",
  [sym_measure] = "measure",
  [sym_unit_decl] = "unit_decl",
  [sym_project] = "project",
  [sym__project_field] = "_project_field",
  [sym_unit_ref] = "unit_ref",
  [sym_title] = "title",
  [sym_budget] = "budget",
  [sym_fund] = "fund",
  [sym_mid_budget] = "mid_budget",
  [sym_use_text] = "use_text",
  [sym_goal] = "goal",
  [sym_term_goal] = "term_goal",
  [sym_period] = "period",
  [sym_period_range] = "period_range",
  [sym_period_to] = "period_to",
  [sym_plan] = "plan",
  [sym_plan_row] = "plan_row",
  [sym_review] = "review",
  [sym_review_field] = "review_field",
  [sym_info] = "info",
  [sym_prose] = "prose",
  [sym_breakdown] = "breakdown",
  [sym_requested] = "requested",
  [sym_previously] = "previously",
  [sym_breakdown_item] = "breakdown_item",
  [sym_breakdown_total] = "breakdown_total",
  [sym_approx] = "approx",
  [sym__expr] = "_expr",
  [sym_binary_expression] = "binary_expression",
  [sym_parenthesized] = "parenthesized",
  [sym_quantity] = "quantity",
  [sym_schedule] = "schedule",
  [sym_schedule_entry] = "schedule_entry",
  [sym_month_end] = "month_end",
  [sym_indicator_group] = "indicator_group",
  [sym_indicator] = "indicator",
  [sym_indicator_continuation] = "indicator_continuation",
  [sym__indicator_field] = "_indicator_field",
  [sym__keyword_field] = "_keyword_field",
  [sym_description] = "description",
  [sym_basis] = "basis",
  [sym_nature] = "nature",
  [sym_direction] = "direction",
  [sym_remark] = "remark",
  [sym_measure_unit] = "measure_unit",
  [sym_weight] = "weight",
  [sym_mid_term] = "mid_term",
  [sym_long_term] = "long_term",
  [sym_target] = "target",
  [sym__keyword_target] = "_keyword_target",
  [sym__value] = "_value",
  [sym_value_quantity] = "value_quantity",
  [sym_level] = "level",
  [sym_self_evaluation] = "self_evaluation",
  [sym__evaluation_line] = "_evaluation_line",
  [sym_evaluation_funds] = "evaluation_funds",
  [sym_evaluation_source] = "evaluation_source",
  [sym_execution_amount] = "execution_amount",
  [sym_stated_rate] = "stated_rate",
  [sym_achieved] = "achieved",
  [sym_evaluation_row] = "evaluation_row",
  [sym_evaluation_continuation] = "evaluation_continuation",
  [sym__evaluation_field] = "_evaluation_field",
  [sym_actual] = "actual",
  [sym_score] = "score",
  [sym_deviation] = "deviation",
  [sym_evaluation_text] = "evaluation_text",
  [sym_monitoring] = "monitoring",
  [sym_as_of] = "as_of",
  [sym__monitoring_line] = "_monitoring_line",
  [sym_monitoring_funds] = "monitoring_funds",
  [sym_monitoring_amount] = "monitoring_amount",
  [sym_monitoring_row] = "monitoring_row",
  [sym_monitoring_continuation] = "monitoring_continuation",
  [sym__monitoring_field] = "_monitoring_field",
  [sym_done] = "done",
  [sym_forecast] = "forecast",
  [sym_likelihood] = "likelihood",
  [sym_cause] = "cause",
  [sym_cause_kind] = "cause_kind",
  [sym_correction] = "correction",
  [sym_library] = "library",
  [sym_template] = "template",
  [sym__template_field] = "_template_field",
  [sym_template_category] = "template_category",
  [sym_formula] = "formula",
  [sym_reference] = "reference",
  [sym_core] = "core",
  [sym_applies_to] = "applies_to",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym_string_repeat1] = "string_repeat1",
  [aux_sym_text_repeat1] = "text_repeat1",
  [aux_sym_document_repeat1] = "document_repeat1",
  [aux_sym_document_repeat2] = "document_repeat2",
  [aux_sym_rules_repeat1] = "rules_repeat1",
  [aux_sym_scoring_repeat1] = "scoring_repeat1",
  [aux_sym_extra_units_repeat1] = "extra_units_repeat1",
  [aux_sym_department_goals_repeat1] = "department_goals_repeat1",
  [aux_sym_dept_budget_repeat1] = "dept_budget_repeat1",
  [aux_sym_duty_repeat1] = "duty_repeat1",
  [aux_sym_sub_goal_repeat1] = "sub_goal_repeat1",
  [aux_sym_project_repeat1] = "project_repeat1",
  [aux_sym_budget_repeat1] = "budget_repeat1",
  [aux_sym_plan_repeat1] = "plan_repeat1",
  [aux_sym_review_repeat1] = "review_repeat1",
  [aux_sym_breakdown_repeat1] = "breakdown_repeat1",
  [aux_sym_breakdown_repeat2] = "breakdown_repeat2",
  [aux_sym_schedule_repeat1] = "schedule_repeat1",
  [aux_sym_indicator_group_repeat1] = "indicator_group_repeat1",
  [aux_sym_indicator_repeat1] = "indicator_repeat1",
  [aux_sym_self_evaluation_repeat1] = "self_evaluation_repeat1",
  [aux_sym_evaluation_funds_repeat1] = "evaluation_funds_repeat1",
  [aux_sym_evaluation_source_repeat1] = "evaluation_source_repeat1",
  [aux_sym_evaluation_row_repeat1] = "evaluation_row_repeat1",
  [aux_sym_evaluation_text_repeat1] = "evaluation_text_repeat1",
  [aux_sym_monitoring_repeat1] = "monitoring_repeat1",
  [aux_sym_monitoring_funds_repeat1] = "monitoring_funds_repeat1",
  [aux_sym_monitoring_row_repeat1] = "monitoring_row_repeat1",
  [aux_sym_cause_repeat1] = "cause_repeat1",
  [aux_sym_library_repeat1] = "library_repeat1",
  [aux_sym_template_repeat1] = "template_repeat1",
  [aux_sym_template_repeat2] = "template_repeat2",
  [alias_sym_category] = "category",
  [alias_sym_text_value] = "text_value",
  [alias_sym_word] = "word",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym__word] = sym__word,
  [sym_comment] = sym_comment,
  [anon_sym_DQUOTE] = anon_sym_DQUOTE,
  [aux_sym_string_token1] = aux_sym_string_token1,
  [anon_sym_DQUOTE2] = anon_sym_DQUOTE,
  [sym_escape_sequence] = sym_escape_sequence,
  [sym_number] = sym_number,
  [anon_sym_u4e07u5143] = anon_sym_u4e07u5143,
  [anon_sym_u4ebfu5143] = anon_sym_u4ebfu5143,
  [anon_sym_u5343u5143] = anon_sym_u5343u5143,
  [anon_sym_u5143] = anon_sym_u5143,
  [sym_percent] = sym_percent,
  [anon_sym_u5305u542b] = anon_sym_u5305u542b,
  [anon_sym_include] = anon_sym_u5305u542b,
  [anon_sym_u6587u6863] = anon_sym_u5305u542b,
  [anon_sym_document] = anon_sym_u5305u542b,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_u5e74u5ea6] = anon_sym_u5305u542b,
  [anon_sym_year] = anon_sym_u5305u542b,
  [anon_sym_u90e8u95e8] = anon_sym_u5305u542b,
  [anon_sym_department] = anon_sym_u5305u542b,
  [anon_sym_u7f16u5236] = anon_sym_u5305u542b,
  [anon_sym_prepared_by] = anon_sym_u5305u542b,
  [anon_sym_u5ba1u6838] = anon_sym_u5305u542b,
  [anon_sym_reviewed_by] = anon_sym_u5305u542b,
  [anon_sym_u72b6u6001] = anon_sym_u5305u542b,
  [anon_sym_status] = anon_sym_u5305u542b,
  [anon_sym_u91d1u989du5355u4f4d] = anon_sym_u5305u542b,
  [anon_sym_money_unit] = anon_sym_u5305u542b,
  [anon_sym_u6307u6807u4f53u7cfb] = anon_sym_u5305u542b,
  [anon_sym_framework] = anon_sym_u5305u542b,
  [anon_sym_u89c4u5219] = anon_sym_u5305u542b,
  [anon_sym_rules] = anon_sym_u5305u542b,
  [anon_sym_u786eu8ba4] = anon_sym_u5305u542b,
  [anon_sym_acknowledge] = anon_sym_u5305u542b,
  [anon_sym_u5141u8bb8u5305u542b] = anon_sym_u5305u542b,
  [anon_sym_allow_include] = anon_sym_u5305u542b,
  [anon_sym_u4e0au5e74] = anon_sym_u5305u542b,
  [anon_sym_previous] = anon_sym_u5305u542b,
  [anon_sym_u7248u672c] = anon_sym_u5305u542b,
  [anon_sym_revision] = anon_sym_u5305u542b,
  [anon_sym_u8868u6837] = anon_sym_u5305u542b,
  [anon_sym_form] = anon_sym_u5305u542b,
  [anon_sym_u8bc4u5206] = anon_sym_u5305u542b,
  [anon_sym_scoring] = anon_sym_u5305u542b,
  [anon_sym_u6267u884cu7387] = anon_sym_u5305u542b,
  [anon_sym_execution_rate] = anon_sym_u5305u542b,
  [anon_sym_u8865u5145u5355u4f4d] = anon_sym_u5305u542b,
  [anon_sym_extra_units] = anon_sym_u5305u542b,
  [anon_sym_u8865u5145u5b9au6027] = anon_sym_u5305u542b,
  [anon_sym_extra_levels] = anon_sym_u5305u542b,
  [anon_sym_u90e8u95e8u76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_department_goals] = anon_sym_u5305u542b,
  [anon_sym_u90e8u95e8u7f16u7801] = anon_sym_u5305u542b,
  [anon_sym_department_code] = anon_sym_u5305u542b,
  [anon_sym_u9884u7b97] = anon_sym_u5305u542b,
  [anon_sym_budget] = anon_sym_u5305u542b,
  [anon_sym_u57fau672cu652fu51fa] = anon_sym_u5305u542b,
  [anon_sym_basic_spending] = anon_sym_u5305u542b,
  [anon_sym_u9879u76eeu652fu51fa] = anon_sym_u5305u542b,
  [anon_sym_project_spending] = anon_sym_u5305u542b,
  [anon_sym_u5355u4f4du804cu80fd] = anon_sym_u5305u542b,
  [anon_sym_unit_functions] = anon_sym_u5305u542b,
  [anon_sym_u5c65u804cu76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_duty] = anon_sym_u5305u542b,
  [anon_sym_u9879u76ee] = anon_sym_u5305u542b,
  [anon_sym_project] = anon_sym_u5305u542b,
  [anon_sym_u603bu4f53u76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_overall] = anon_sym_u5305u542b,
  [anon_sym_u5206u9879u76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_sub_goal] = anon_sym_u5305u542b,
  [anon_sym_u6307u6807] = anon_sym_u5305u542b,
  [anon_sym_indicators] = anon_sym_u5305u542b,
  [anon_sym_u4fddu969cu63aau65bd] = anon_sym_u5305u542b,
  [anon_sym_measure] = anon_sym_u5305u542b,
  [anon_sym_u5355u4f4d] = anon_sym_u5305u542b,
  [anon_sym_unit] = anon_sym_u5305u542b,
  [anon_sym_u6807u9898] = anon_sym_u5305u542b,
  [anon_sym_title] = anon_sym_u5305u542b,
  [anon_sym_u8d22u653fu8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_fiscal] = anon_sym_u5305u542b,
  [anon_sym_u8d22u653fu62e8u6b3e] = anon_sym_u5305u542b,
  [anon_sym_appropriation] = anon_sym_u5305u542b,
  [anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_higher_fiscal] = anon_sym_u5305u542b,
  [anon_sym_u672cu7ea7u8d22u653fu8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_local_fiscal] = anon_sym_u5305u542b,
  [anon_sym_u81eau6709u8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_own_funds] = anon_sym_u5305u542b,
  [anon_sym_u4e8bu4e1au6536u5165] = anon_sym_u5305u542b,
  [anon_sym_service_income] = anon_sym_u5305u542b,
  [anon_sym_u7ecfu8425u6027u6536u5165] = anon_sym_u5305u542b,
  [anon_sym_business_income] = anon_sym_u5305u542b,
  [anon_sym_u5176u4ed6u8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_other] = anon_sym_u5305u542b,
  [anon_sym_u4e2du671fu8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_mid_term_budget] = anon_sym_u5305u542b,
  [anon_sym_u7528u9014] = anon_sym_u5305u542b,
  [anon_sym_use] = anon_sym_u5305u542b,
  [anon_sym_u76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_goal] = anon_sym_u5305u542b,
  [anon_sym_u4e2du671fu76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_mid_term] = anon_sym_u5305u542b,
  [anon_sym_u957fu671fu76eeu6807] = anon_sym_u5305u542b,
  [anon_sym_long_term] = anon_sym_u5305u542b,
  [anon_sym_u9879u76eeu671f] = anon_sym_u5305u542b,
  [anon_sym_period] = anon_sym_u5305u542b,
  [sym_period_bound] = sym_period_bound,
  [anon_sym_u81f3] = anon_sym_u81f3,
  [anon_sym_u5230] = anon_sym_u5230,
  [anon_sym_DASH] = anon_sym_DASH,
  [anon_sym_uff0d] = anon_sym_uff0d,
  [anon_sym_u2014] = anon_sym_u2014,
  [anon_sym_u2013] = anon_sym_u2013,
  [anon_sym_TILDE] = anon_sym_TILDE,
  [anon_sym_uff5e] = anon_sym_uff5e,
  [anon_sym_to] = anon_sym_to,
  [anon_sym_u5b9eu65bdu8ba1u5212] = anon_sym_u5305u542b,
  [anon_sym_plan] = anon_sym_u5305u542b,
  [anon_sym_u5ba1u6838u610fu89c1] = anon_sym_u5305u542b,
  [anon_sym_review] = anon_sym_u5305u542b,
  [anon_sym_u5ba1u6838u4eba] = anon_sym_u5305u542b,
  [anon_sym_reviewer] = anon_sym_u5305u542b,
  [anon_sym_u5ba1u6838u65e5u671f] = anon_sym_u5305u542b,
  [anon_sym_review_date] = anon_sym_u5305u542b,
  [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = anon_sym_u5305u542b,
  [anon_sym_supervisor_code] = anon_sym_u5305u542b,
  [anon_sym_u4e3bu7ba1u90e8u95e8] = anon_sym_u5305u542b,
  [anon_sym_supervisor] = anon_sym_u5305u542b,
  [anon_sym_u5b9eu65bdu5355u4f4d] = anon_sym_u5305u542b,
  [anon_sym_implementer] = anon_sym_u5305u542b,
  [anon_sym_u9879u76eeu8d1fu8d23u4eba] = anon_sym_u5305u542b,
  [anon_sym_manager] = anon_sym_u5305u542b,
  [anon_sym_u8054u7cfbu7535u8bdd] = anon_sym_u5305u542b,
  [anon_sym_phone] = anon_sym_u5305u542b,
  [anon_sym_u9879u76eeu5c5eu6027] = anon_sym_u5305u542b,
  [anon_sym_attribute] = anon_sym_u5305u542b,
  [anon_sym_u9879u76eeu7c7bu578b] = anon_sym_u5305u542b,
  [anon_sym_project_type] = anon_sym_u5305u542b,
  [anon_sym_u529fu80fdu79d1u76ee] = anon_sym_u5305u542b,
  [anon_sym_function_class] = anon_sym_u5305u542b,
  [anon_sym_u586bu62a5u5355u4f4d] = anon_sym_u5305u542b,
  [anon_sym_filing_unit] = anon_sym_u5305u542b,
  [anon_sym_u586bu62a5u4eba] = anon_sym_u5305u542b,
  [anon_sym_filed_by] = anon_sym_u5305u542b,
  [anon_sym_u5355u4f4du8d1fu8d23u4eba] = anon_sym_u5305u542b,
  [anon_sym_unit_head] = anon_sym_u5305u542b,
  [anon_sym_u586bu62a5u65e5u671f] = anon_sym_u5305u542b,
  [anon_sym_filing_date] = anon_sym_u5305u542b,
  [anon_sym_u9879u76eeu6982u51b5] = anon_sym_u5305u542b,
  [anon_sym_overview] = anon_sym_u5305u542b,
  [anon_sym_u7acbu9879u4f9du636e] = anon_sym_u5305u542b,
  [anon_sym_approval_basis] = anon_sym_u5305u542b,
  [anon_sym_u53efu884cu6027] = anon_sym_u5305u542b,
  [anon_sym_feasibility] = anon_sym_u5305u542b,
  [anon_sym_u5fc5u8981u6027] = anon_sym_u5305u542b,
  [anon_sym_necessity] = anon_sym_u5305u542b,
  [anon_sym_u5176u4ed6u8bf4u660e] = anon_sym_u5305u542b,
  [anon_sym_remarks] = anon_sym_u5305u542b,
  [anon_sym_u660eu7ec6] = anon_sym_u5305u542b,
  [anon_sym_breakdown] = anon_sym_u5305u542b,
  [anon_sym_u7533u8bf7] = anon_sym_u5305u542b,
  [anon_sym_requested] = anon_sym_u5305u542b,
  [anon_sym_u5df2u5b89u6392] = anon_sym_u5305u542b,
  [anon_sym_arranged_before] = anon_sym_u5305u542b,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_uff1d] = anon_sym_uff1d,
  [anon_sym_u5408u8ba1] = anon_sym_u5305u542b,
  [anon_sym_total] = anon_sym_u5305u542b,
  [anon_sym_u7ea6] = anon_sym_u7ea6,
  [anon_sym_approx] = anon_sym_approx,
  [anon_sym_PLUS] = anon_sym_PLUS,
  [anon_sym_uff0b] = anon_sym_PLUS,
  [anon_sym_u00d7] = anon_sym_PLUS,
  [anon_sym_STAR] = anon_sym_PLUS,
  [anon_sym_uff0a] = anon_sym_PLUS,
  [anon_sym_u00f7] = anon_sym_PLUS,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_uff08] = anon_sym_uff08,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_uff09] = anon_sym_uff09,
  [sym_unit] = sym_unit,
  [anon_sym_u652fu51fau8ba1u5212] = anon_sym_u5305u542b,
  [anon_sym_schedule] = anon_sym_u5305u542b,
  [anon_sym_PERCENT] = anon_sym_PERCENT,
  [anon_sym_uff05] = anon_sym_uff05,
  [aux_sym_month_end_token1] = aux_sym_month_end_token1,
  [anon_sym_jan] = anon_sym_jan,
  [anon_sym_feb] = anon_sym_feb,
  [anon_sym_mar] = anon_sym_mar,
  [anon_sym_apr] = anon_sym_apr,
  [anon_sym_may] = anon_sym_may,
  [anon_sym_jun] = anon_sym_jun,
  [anon_sym_jul] = anon_sym_jul,
  [anon_sym_aug] = anon_sym_aug,
  [anon_sym_sep] = anon_sym_sep,
  [anon_sym_oct] = anon_sym_oct,
  [anon_sym_nov] = anon_sym_nov,
  [anon_sym_dec] = anon_sym_dec,
  [anon_sym_u6a21u677f] = anon_sym_u5305u542b,
  [anon_sym_template] = anon_sym_u5305u542b,
  [anon_sym_u63cfu8ff0] = anon_sym_u63cfu8ff0,
  [anon_sym_description] = anon_sym_u63cfu8ff0,
  [anon_sym_u4f9du636e] = anon_sym_u63cfu8ff0,
  [anon_sym_basis] = anon_sym_u63cfu8ff0,
  [anon_sym_u6307u6807u6027u8d28] = anon_sym_u63cfu8ff0,
  [anon_sym_nature] = anon_sym_u63cfu8ff0,
  [anon_sym_u6307u6807u65b9u5411] = anon_sym_u63cfu8ff0,
  [anon_sym_direction] = anon_sym_u63cfu8ff0,
  [anon_sym_u5907u6ce8] = anon_sym_u63cfu8ff0,
  [anon_sym_remark] = anon_sym_u63cfu8ff0,
  [anon_sym_u8ba1u91cfu5355u4f4d] = anon_sym_u63cfu8ff0,
  [anon_sym_measure_unit] = anon_sym_u63cfu8ff0,
  [anon_sym_u5206u503c] = anon_sym_u63cfu8ff0,
  [anon_sym_weight] = anon_sym_u63cfu8ff0,
  [anon_sym_u6307u6807u503c] = anon_sym_u63cfu8ff0,
  [anon_sym_value] = anon_sym_u63cfu8ff0,
  [sym_comparator] = sym_comparator,
  [sym_placeholder] = sym_placeholder,
  [sym_deadline] = sym_deadline,
  [anon_sym_u81eau8bc4] = anon_sym_u5305u542b,
  [anon_sym_self_evaluation] = anon_sym_u5305u542b,
  [anon_sym_u90e8u95e8u6574u4f53] = anon_sym_u5305u542b,
  [anon_sym_whole_department] = anon_sym_u5305u542b,
  [anon_sym_u8d44u91d1] = anon_sym_u5305u542b,
  [anon_sym_funds] = anon_sym_u5305u542b,
  [anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e] = anon_sym_u5305u542b,
  [anon_sym_current_appropriation] = anon_sym_u5305u542b,
  [anon_sym_u4e0au5e74u7ed3u8f6c] = anon_sym_u5305u542b,
  [anon_sym_carried_over] = anon_sym_u5305u542b,
  [anon_sym_u5e74u521du9884u7b97u6570] = anon_sym_u5305u542b,
  [anon_sym_initial_budget] = anon_sym_u5305u542b,
  [anon_sym_u5168u5e74u9884u7b97u6570] = anon_sym_u5305u542b,
  [anon_sym_full_year_budget] = anon_sym_u5305u542b,
  [anon_sym_u5168u5e74u6267u884cu6570] = anon_sym_u5305u542b,
  [anon_sym_executed] = anon_sym_u5305u542b,
  [anon_sym_u5b8cu6210u60c5u51b5] = anon_sym_u5305u542b,
  [anon_sym_achieved] = anon_sym_u5305u542b,
  [anon_sym_u5b9eu9645] = anon_sym_u63cfu8ff0,
  [anon_sym_actual] = anon_sym_u63cfu8ff0,
  [anon_sym_u5f97u5206] = anon_sym_u63cfu8ff0,
  [anon_sym_score] = anon_sym_u63cfu8ff0,
  [anon_sym_u504fu5dee] = anon_sym_u63cfu8ff0,
  [anon_sym_deviation] = anon_sym_u63cfu8ff0,
  [anon_sym_u76d1u63a7] = anon_sym_u5305u542b,
  [anon_sym_monitoring] = anon_sym_u5305u542b,
  [anon_sym_u622au81f3] = anon_sym_u5305u542b,
  [anon_sym_as_of] = anon_sym_u5305u542b,
  [anon_sym_u6267u884cu6570] = anon_sym_u5305u542b,
  [anon_sym_executed_to_date] = anon_sym_u5305u542b,
  [anon_sym_u9884u8ba1u6267u884cu6570] = anon_sym_u5305u542b,
  [anon_sym_forecast_executed] = anon_sym_u5305u542b,
  [anon_sym_u5b8cu6210] = anon_sym_u63cfu8ff0,
  [anon_sym_done] = anon_sym_u63cfu8ff0,
  [anon_sym_u9884u8ba1] = anon_sym_u63cfu8ff0,
  [anon_sym_forecast] = anon_sym_u63cfu8ff0,
  [anon_sym_u53efu80fdu6027] = anon_sym_u63cfu8ff0,
  [anon_sym_likelihood] = anon_sym_u63cfu8ff0,
  [anon_sym_u7ea0u504f] = anon_sym_u63cfu8ff0,
  [anon_sym_correction] = anon_sym_u63cfu8ff0,
  [anon_sym_u6307u6807u5e93] = anon_sym_u5305u542b,
  [anon_sym_library] = anon_sym_u5305u542b,
  [anon_sym_u7c7bu522b] = anon_sym_u5305u542b,
  [anon_sym_category] = anon_sym_u5305u542b,
  [anon_sym_u8ba1u7b97u516cu5f0f] = anon_sym_u5305u542b,
  [anon_sym_formula] = anon_sym_u5305u542b,
  [anon_sym_u53c2u8003u503c] = anon_sym_u5305u542b,
  [anon_sym_reference] = anon_sym_u5305u542b,
  [anon_sym_u6838u5fc3] = anon_sym_u5305u542b,
  [anon_sym_core] = anon_sym_u5305u542b,
  [anon_sym_u9002u7528] = anon_sym_u5305u542b,
  [anon_sym_applies_to] = anon_sym_u5305u542b,
  [sym__line_end] = sym__line_end,
  [sym__continue] = sym__continue,
  [sym__continue_alone] = sym__continue_alone,
  [sym__word_comparator] = sym_comparator,
  [sym_source_file] = sym_source_file,
  [sym__item] = sym__item,
  [sym_code] = sym_code,
  [sym_string] = sym_string,
  [sym_text] = sym_text,
  [sym__word_or_string] = sym__word_or_string,
  [sym_money] = sym_money,
  [sym_money_unit] = sym_money_unit,
  [sym_include] = sym_include,
  [sym_document] = sym_document,
  [sym__document_field] = sym__document_field,
  [sym_year] = sym_year,
  [sym_department] = sym_department,
  [sym_prepared_by] = sym_prepared_by,
  [sym_reviewed_by] = sym_reviewed_by,
  [sym_status] = sym_status,
  [sym_money_unit_field] = sym_money_unit_field,
  [sym_framework] = sym_framework,
  [sym_setting] = sym_setting,
  [sym_rules] = sym_rules,
  [sym_rule_setting] = sym_rule_setting,
  [sym_acknowledge] = sym_acknowledge,
  [sym_allow_include] = sym_allow_include,
  [sym_previous] = sym_previous,
  [sym_form] = sym_form,
  [sym_scoring] = sym_scoring,
  [sym_scoring_setting] = sym_scoring_setting,
  [sym_extra_units] = sym_extra_units,
  [sym_extra_levels] = sym_extra_levels,
  [sym_department_goals] = sym_department_goals,
  [sym__department_goals_line] = sym__department_goals_line,
  [sym_dept_code] = sym_dept_code,
  [sym_dept_budget] = sym_dept_budget,
  [sym_dept_fund] = sym_dept_fund,
  [sym_dept_functions] = sym_dept_functions,
  [sym_duty] = sym_duty,
  [sym_duty_project] = sym_duty_project,
  [sym_overall] = sym_overall,
  [sym_sub_goal] = sym_sub_goal,
  [sym_indicators_text] = sym_indicators_text,
  [sym_measure] = sym_measure,
  [sym_unit_decl] = sym_unit_decl,
  [sym_project] = sym_project,
  [sym__project_field] = sym__project_field,
  [sym_unit_ref] = sym_unit_ref,
  [sym_title] = sym_title,
  [sym_budget] = sym_budget,
  [sym_fund] = sym_fund,
  [sym_mid_budget] = sym_mid_budget,
  [sym_use_text] = sym_use_text,
  [sym_goal] = sym_goal,
  [sym_term_goal] = sym_term_goal,
  [sym_period] = sym_period,
  [sym_period_range] = sym_period_range,
  [sym_period_to] = sym_period_to,
  [sym_plan] = sym_plan,
  [sym_plan_row] = sym_plan_row,
  [sym_review] = sym_review,
  [sym_review_field] = sym_review_field,
  [sym_info] = sym_info,
  [sym_prose] = sym_prose,
  [sym_breakdown] = sym_breakdown,
  [sym_requested] = sym_requested,
  [sym_previously] = sym_previously,
  [sym_breakdown_item] = sym_breakdown_item,
  [sym_breakdown_total] = sym_breakdown_total,
  [sym_approx] = sym_approx,
  [sym__expr] = sym__expr,
  [sym_binary_expression] = sym_binary_expression,
  [sym_parenthesized] = sym_parenthesized,
  [sym_quantity] = sym_quantity,
  [sym_schedule] = sym_schedule,
  [sym_schedule_entry] = sym_schedule_entry,
  [sym_month_end] = sym_month_end,
  [sym_indicator_group] = sym_indicator_group,
  [sym_indicator] = sym_indicator,
  [sym_indicator_continuation] = sym_indicator_continuation,
  [sym__indicator_field] = sym__indicator_field,
  [sym__keyword_field] = sym__keyword_field,
  [sym_description] = sym_description,
  [sym_basis] = sym_basis,
  [sym_nature] = sym_nature,
  [sym_direction] = sym_direction,
  [sym_remark] = sym_remark,
  [sym_measure_unit] = sym_measure_unit,
  [sym_weight] = sym_weight,
  [sym_mid_term] = sym_mid_term,
  [sym_long_term] = sym_long_term,
  [sym_target] = sym_target,
  [sym__keyword_target] = sym__keyword_target,
  [sym__value] = sym__value,
  [sym_value_quantity] = sym_value_quantity,
  [sym_level] = sym_level,
  [sym_self_evaluation] = sym_self_evaluation,
  [sym__evaluation_line] = sym__evaluation_line,
  [sym_evaluation_funds] = sym_evaluation_funds,
  [sym_evaluation_source] = sym_evaluation_source,
  [sym_execution_amount] = sym_execution_amount,
  [sym_stated_rate] = sym_stated_rate,
  [sym_achieved] = sym_achieved,
  [sym_evaluation_row] = sym_evaluation_row,
  [sym_evaluation_continuation] = sym_evaluation_continuation,
  [sym__evaluation_field] = sym__evaluation_field,
  [sym_actual] = sym_actual,
  [sym_score] = sym_score,
  [sym_deviation] = sym_deviation,
  [sym_evaluation_text] = sym_evaluation_text,
  [sym_monitoring] = sym_monitoring,
  [sym_as_of] = sym_as_of,
  [sym__monitoring_line] = sym__monitoring_line,
  [sym_monitoring_funds] = sym_monitoring_funds,
  [sym_monitoring_amount] = sym_monitoring_amount,
  [sym_monitoring_row] = sym_monitoring_row,
  [sym_monitoring_continuation] = sym_monitoring_continuation,
  [sym__monitoring_field] = sym__monitoring_field,
  [sym_done] = sym_done,
  [sym_forecast] = sym_forecast,
  [sym_likelihood] = sym_likelihood,
  [sym_cause] = sym_cause,
  [sym_cause_kind] = sym_cause_kind,
  [sym_correction] = sym_correction,
  [sym_library] = sym_library,
  [sym_template] = sym_template,
  [sym__template_field] = sym__template_field,
  [sym_template_category] = sym_template_category,
  [sym_formula] = sym_formula,
  [sym_reference] = sym_reference,
  [sym_core] = sym_core,
  [sym_applies_to] = sym_applies_to,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym_string_repeat1] = aux_sym_string_repeat1,
  [aux_sym_text_repeat1] = aux_sym_text_repeat1,
  [aux_sym_document_repeat1] = aux_sym_document_repeat1,
  [aux_sym_document_repeat2] = aux_sym_document_repeat2,
  [aux_sym_rules_repeat1] = aux_sym_rules_repeat1,
  [aux_sym_scoring_repeat1] = aux_sym_scoring_repeat1,
  [aux_sym_extra_units_repeat1] = aux_sym_extra_units_repeat1,
  [aux_sym_department_goals_repeat1] = aux_sym_department_goals_repeat1,
  [aux_sym_dept_budget_repeat1] = aux_sym_dept_budget_repeat1,
  [aux_sym_duty_repeat1] = aux_sym_duty_repeat1,
  [aux_sym_sub_goal_repeat1] = aux_sym_sub_goal_repeat1,
  [aux_sym_project_repeat1] = aux_sym_project_repeat1,
  [aux_sym_budget_repeat1] = aux_sym_budget_repeat1,
  [aux_sym_plan_repeat1] = aux_sym_plan_repeat1,
  [aux_sym_review_repeat1] = aux_sym_review_repeat1,
  [aux_sym_breakdown_repeat1] = aux_sym_breakdown_repeat1,
  [aux_sym_breakdown_repeat2] = aux_sym_breakdown_repeat2,
  [aux_sym_schedule_repeat1] = aux_sym_schedule_repeat1,
  [aux_sym_indicator_group_repeat1] = aux_sym_indicator_group_repeat1,
  [aux_sym_indicator_repeat1] = aux_sym_indicator_repeat1,
  [aux_sym_self_evaluation_repeat1] = aux_sym_self_evaluation_repeat1,
  [aux_sym_evaluation_funds_repeat1] = aux_sym_evaluation_funds_repeat1,
  [aux_sym_evaluation_source_repeat1] = aux_sym_evaluation_source_repeat1,
  [aux_sym_evaluation_row_repeat1] = aux_sym_evaluation_row_repeat1,
  [aux_sym_evaluation_text_repeat1] = aux_sym_evaluation_text_repeat1,
  [aux_sym_monitoring_repeat1] = aux_sym_monitoring_repeat1,
  [aux_sym_monitoring_funds_repeat1] = aux_sym_monitoring_funds_repeat1,
  [aux_sym_monitoring_row_repeat1] = aux_sym_monitoring_row_repeat1,
  [aux_sym_cause_repeat1] = aux_sym_cause_repeat1,
  [aux_sym_library_repeat1] = aux_sym_library_repeat1,
  [aux_sym_template_repeat1] = aux_sym_template_repeat1,
  [aux_sym_template_repeat2] = aux_sym_template_repeat2,
  [alias_sym_category] = alias_sym_category,
  [alias_sym_text_value] = alias_sym_text_value,
  [alias_sym_word] = alias_sym_word,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym__word] = {
    .visible = false,
    .named = true,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DQUOTE] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_string_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_DQUOTE2] = {
    .visible = true,
    .named = false,
  },
  [sym_escape_sequence] = {
    .visible = true,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e07u5143] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u4ebfu5143] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u5343u5143] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u5143] = {
    .visible = true,
    .named = false,
  },
  [sym_percent] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5305u542b] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_include] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6587u6863] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_document] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u5e74u5ea6] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_year] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u90e8u95e8] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_department] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7f16u5236] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_prepared_by] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5ba1u6838] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_reviewed_by] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u72b6u6001] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_status] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u91d1u989du5355u4f4d] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_money_unit] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6307u6807u4f53u7cfb] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_framework] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u89c4u5219] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_rules] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u786eu8ba4] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_acknowledge] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5141u8bb8u5305u542b] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_allow_include] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e0au5e74] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_previous] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7248u672c] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_revision] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8868u6837] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_form] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8bc4u5206] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_scoring] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6267u884cu7387] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_execution_rate] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8865u5145u5355u4f4d] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_extra_units] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8865u5145u5b9au6027] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_extra_levels] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u90e8u95e8u76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_department_goals] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u90e8u95e8u7f16u7801] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_department_code] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9884u7b97] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_budget] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u57fau672cu652fu51fa] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_basic_spending] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76eeu652fu51fa] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_project_spending] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5355u4f4du804cu80fd] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_unit_functions] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5c65u804cu76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_duty] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76ee] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_project] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u603bu4f53u76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_overall] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5206u9879u76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_sub_goal] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6307u6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_indicators] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4fddu969cu63aau65bd] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_measure] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5355u4f4d] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_unit] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6807u9898] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_title] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8d22u653fu8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_fiscal] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8d22u653fu62e8u6b3e] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_appropriation] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_higher_fiscal] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u672cu7ea7u8d22u653fu8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_local_fiscal] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u81eau6709u8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_own_funds] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e8bu4e1au6536u5165] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_service_income] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7ecfu8425u6027u6536u5165] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_business_income] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5176u4ed6u8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_other] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e2du671fu8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_mid_term_budget] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7528u9014] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_use] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_goal] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e2du671fu76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_mid_term] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u957fu671fu76eeu6807] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_long_term] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76eeu671f] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_period] = {
    .visible = true,
    .named = true,
  },
  [sym_period_bound] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u81f3] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u5230] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uff0d] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u2014] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u2013] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_TILDE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uff5e] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_to] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u5b9eu65bdu8ba1u5212] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_plan] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5ba1u6838u610fu89c1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_review] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5ba1u6838u4eba] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_reviewer] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5ba1u6838u65e5u671f] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_review_date] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_supervisor_code] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e3bu7ba1u90e8u95e8] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_supervisor] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5b9eu65bdu5355u4f4d] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_implementer] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76eeu8d1fu8d23u4eba] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_manager] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8054u7cfbu7535u8bdd] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_phone] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76eeu5c5eu6027] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_attribute] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76eeu7c7bu578b] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_project_type] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u529fu80fdu79d1u76ee] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_function_class] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u586bu62a5u5355u4f4d] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_filing_unit] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u586bu62a5u4eba] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_filed_by] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5355u4f4du8d1fu8d23u4eba] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_unit_head] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u586bu62a5u65e5u671f] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_filing_date] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9879u76eeu6982u51b5] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_overview] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7acbu9879u4f9du636e] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_approval_basis] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u53efu884cu6027] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_feasibility] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5fc5u8981u6027] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_necessity] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5176u4ed6u8bf4u660e] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_remarks] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u660eu7ec6] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_breakdown] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7533u8bf7] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_requested] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5df2u5b89u6392] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_arranged_before] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uff1d] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u5408u8ba1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_total] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7ea6] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_approx] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_uff0b] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u00d7] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_uff0a] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u00f7] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uff08] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uff09] = {
    .visible = true,
    .named = false,
  },
  [sym_unit] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u652fu51fau8ba1u5212] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_schedule] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_PERCENT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_uff05] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_month_end_token1] = {
    .visible = false,
    .named = false,
  },
  [anon_sym_jan] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_feb] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_mar] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_apr] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_may] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_jun] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_jul] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_aug] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_sep] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_oct] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_nov] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_dec] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_u6a21u677f] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_template] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u63cfu8ff0] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_description] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4f9du636e] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_basis] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6307u6807u6027u8d28] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_nature] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6307u6807u65b9u5411] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_direction] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5907u6ce8] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_remark] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8ba1u91cfu5355u4f4d] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_measure_unit] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5206u503c] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_weight] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6307u6807u503c] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_value] = {
    .visible = true,
    .named = true,
  },
  [sym_comparator] = {
    .visible = true,
    .named = true,
  },
  [sym_placeholder] = {
    .visible = true,
    .named = true,
  },
  [sym_deadline] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u81eau8bc4] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_self_evaluation] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u90e8u95e8u6574u4f53] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_whole_department] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8d44u91d1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_funds] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_current_appropriation] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u4e0au5e74u7ed3u8f6c] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_carried_over] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5e74u521du9884u7b97u6570] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_initial_budget] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5168u5e74u9884u7b97u6570] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_full_year_budget] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5168u5e74u6267u884cu6570] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_executed] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5b8cu6210u60c5u51b5] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_achieved] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5b9eu9645] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_actual] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5f97u5206] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_score] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u504fu5dee] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_deviation] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u76d1u63a7] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_monitoring] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u622au81f3] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_as_of] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6267u884cu6570] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_executed_to_date] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9884u8ba1u6267u884cu6570] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_forecast_executed] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u5b8cu6210] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_done] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9884u8ba1] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_forecast] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u53efu80fdu6027] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_likelihood] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7ea0u504f] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_correction] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6307u6807u5e93] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_library] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u7c7bu522b] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_category] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u8ba1u7b97u516cu5f0f] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_formula] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u53c2u8003u503c] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_reference] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u6838u5fc3] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_core] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_u9002u7528] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_applies_to] = {
    .visible = true,
    .named = true,
  },
  [sym__line_end] = {
    .visible = false,
    .named = true,
  },
  [sym__continue] = {
    .visible = false,
    .named = true,
  },
  [sym__continue_alone] = {
    .visible = false,
    .named = true,
  },
  [sym__word_comparator] = {
    .visible = true,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym__item] = {
    .visible = false,
    .named = true,
  },
  [sym_code] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_text] = {
    .visible = true,
    .named = true,
  },
  [sym__word_or_string] = {
    .visible = false,
    .named = true,
  },
  [sym_money] = {
    .visible = true,
    .named = true,
  },
  [sym_money_unit] = {
    .visible = true,
    .named = true,
  },
  [sym_include] = {
    .visible = true,
    .named = true,
  },
  [sym_document] = {
    .visible = true,
    .named = true,
  },
  [sym__document_field] = {
    .visible = false,
    .named = true,
  },
  [sym_year] = {
    .visible = true,
    .named = true,
  },
  [sym_department] = {
    .visible = true,
    .named = true,
  },
  [sym_prepared_by] = {
    .visible = true,
    .named = true,
  },
  [sym_reviewed_by] = {
    .visible = true,
    .named = true,
  },
  [sym_status] = {
    .visible = true,
    .named = true,
  },
  [sym_money_unit_field] = {
    .visible = true,
    .named = true,
  },
  [sym_framework] = {
    .visible = true,
    .named = true,
  },
  [sym_setting] = {
    .visible = true,
    .named = true,
  },
  [sym_rules] = {
    .visible = true,
    .named = true,
  },
  [sym_rule_setting] = {
    .visible = true,
    .named = true,
  },
  [sym_acknowledge] = {
    .visible = true,
    .named = true,
  },
  [sym_allow_include] = {
    .visible = true,
    .named = true,
  },
  [sym_previous] = {
    .visible = true,
    .named = true,
  },
  [sym_form] = {
    .visible = true,
    .named = true,
  },
  [sym_scoring] = {
    .visible = true,
    .named = true,
  },
  [sym_scoring_setting] = {
    .visible = true,
    .named = true,
  },
  [sym_extra_units] = {
    .visible = true,
    .named = true,
  },
  [sym_extra_levels] = {
    .visible = true,
    .named = true,
  },
  [sym_department_goals] = {
    .visible = true,
    .named = true,
  },
  [sym__department_goals_line] = {
    .visible = false,
    .named = true,
  },
  [sym_dept_code] = {
    .visible = true,
    .named = true,
  },
  [sym_dept_budget] = {
    .visible = true,
    .named = true,
  },
  [sym_dept_fund] = {
    .visible = true,
    .named = true,
  },
  [sym_dept_functions] = {
    .visible = true,
    .named = true,
  },
  [sym_duty] = {
    .visible = true,
    .named = true,
  },
  [sym_duty_project] = {
    .visible = true,
    .named = true,
  },
  [sym_overall] = {
    .visible = true,
    .named = true,
  },
  [sym_sub_goal] = {
    .visible = true,
    .named = true,
  },
  [sym_indicators_text] = {
    .visible = true,
    .named = true,
  },
  [sym_measure] = {
    .visible = true,
    .named = true,
  },
  [sym_unit_decl] = {
    .visible = true,
    .named = true,
  },
  [sym_project] = {
    .visible = true,
    .named = true,
  },
  [sym__project_field] = {
    .visible = false,
    .named = true,
  },
  [sym_unit_ref] = {
    .visible = true,
    .named = true,
  },
  [sym_title] = {
    .visible = true,
    .named = true,
  },
  [sym_budget] = {
    .visible = true,
    .named = true,
  },
  [sym_fund] = {
    .visible = true,
    .named = true,
  },
  [sym_mid_budget] = {
    .visible = true,
    .named = true,
  },
  [sym_use_text] = {
    .visible = true,
    .named = true,
  },
  [sym_goal] = {
    .visible = true,
    .named = true,
  },
  [sym_term_goal] = {
    .visible = true,
    .named = true,
  },
  [sym_period] = {
    .visible = true,
    .named = true,
  },
  [sym_period_range] = {
    .visible = true,
    .named = true,
  },
  [sym_period_to] = {
    .visible = true,
    .named = true,
  },
  [sym_plan] = {
    .visible = true,
    .named = true,
  },
  [sym_plan_row] = {
    .visible = true,
    .named = true,
  },
  [sym_review] = {
    .visible = true,
    .named = true,
  },
  [sym_review_field] = {
    .visible = true,
    .named = true,
  },
  [sym_info] = {
    .visible = true,
    .named = true,
  },
  [sym_prose] = {
    .visible = true,
    .named = true,
  },
  [sym_breakdown] = {
    .visible = true,
    .named = true,
  },
  [sym_requested] = {
    .visible = true,
    .named = true,
  },
  [sym_previously] = {
    .visible = true,
    .named = true,
  },
  [sym_breakdown_item] = {
    .visible = true,
    .named = true,
  },
  [sym_breakdown_total] = {
    .visible = true,
    .named = true,
  },
  [sym_approx] = {
    .visible = true,
    .named = true,
  },
  [sym__expr] = {
    .visible = false,
    .named = true,
  },
  [sym_binary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_parenthesized] = {
    .visible = true,
    .named = true,
  },
  [sym_quantity] = {
    .visible = true,
    .named = true,
  },
  [sym_schedule] = {
    .visible = true,
    .named = true,
  },
  [sym_schedule_entry] = {
    .visible = true,
    .named = true,
  },
  [sym_month_end] = {
    .visible = true,
    .named = true,
  },
  [sym_indicator_group] = {
    .visible = true,
    .named = true,
  },
  [sym_indicator] = {
    .visible = true,
    .named = true,
  },
  [sym_indicator_continuation] = {
    .visible = true,
    .named = true,
  },
  [sym__indicator_field] = {
    .visible = false,
    .named = true,
  },
  [sym__keyword_field] = {
    .visible = false,
    .named = true,
  },
  [sym_description] = {
    .visible = true,
    .named = true,
  },
  [sym_basis] = {
    .visible = true,
    .named = true,
  },
  [sym_nature] = {
    .visible = true,
    .named = true,
  },
  [sym_direction] = {
    .visible = true,
    .named = true,
  },
  [sym_remark] = {
    .visible = true,
    .named = true,
  },
  [sym_measure_unit] = {
    .visible = true,
    .named = true,
  },
  [sym_weight] = {
    .visible = true,
    .named = true,
  },
  [sym_mid_term] = {
    .visible = true,
    .named = true,
  },
  [sym_long_term] = {
    .visible = true,
    .named = true,
  },
  [sym_target] = {
    .visible = true,
    .named = true,
  },
  [sym__keyword_target] = {
    .visible = false,
    .named = true,
  },
  [sym__value] = {
    .visible = false,
    .named = true,
  },
  [sym_value_quantity] = {
    .visible = true,
    .named = true,
  },
  [sym_level] = {
    .visible = true,
    .named = true,
  },
  [sym_self_evaluation] = {
    .visible = true,
    .named = true,
  },
  [sym__evaluation_line] = {
    .visible = false,
    .named = true,
  },
  [sym_evaluation_funds] = {
    .visible = true,
    .named = true,
  },
  [sym_evaluation_source] = {
    .visible = true,
    .named = true,
  },
  [sym_execution_amount] = {
    .visible = true,
    .named = true,
  },
  [sym_stated_rate] = {
    .visible = true,
    .named = true,
  },
  [sym_achieved] = {
    .visible = true,
    .named = true,
  },
  [sym_evaluation_row] = {
    .visible = true,
    .named = true,
  },
  [sym_evaluation_continuation] = {
    .visible = true,
    .named = true,
  },
  [sym__evaluation_field] = {
    .visible = false,
    .named = true,
  },
  [sym_actual] = {
    .visible = true,
    .named = true,
  },
  [sym_score] = {
    .visible = true,
    .named = true,
  },
  [sym_deviation] = {
    .visible = true,
    .named = true,
  },
  [sym_evaluation_text] = {
    .visible = true,
    .named = true,
  },
  [sym_monitoring] = {
    .visible = true,
    .named = true,
  },
  [sym_as_of] = {
    .visible = true,
    .named = true,
  },
  [sym__monitoring_line] = {
    .visible = false,
    .named = true,
  },
  [sym_monitoring_funds] = {
    .visible = true,
    .named = true,
  },
  [sym_monitoring_amount] = {
    .visible = true,
    .named = true,
  },
  [sym_monitoring_row] = {
    .visible = true,
    .named = true,
  },
  [sym_monitoring_continuation] = {
    .visible = true,
    .named = true,
  },
  [sym__monitoring_field] = {
    .visible = false,
    .named = true,
  },
  [sym_done] = {
    .visible = true,
    .named = true,
  },
  [sym_forecast] = {
    .visible = true,
    .named = true,
  },
  [sym_likelihood] = {
    .visible = true,
    .named = true,
  },
  [sym_cause] = {
    .visible = true,
    .named = true,
  },
  [sym_cause_kind] = {
    .visible = true,
    .named = true,
  },
  [sym_correction] = {
    .visible = true,
    .named = true,
  },
  [sym_library] = {
    .visible = true,
    .named = true,
  },
  [sym_template] = {
    .visible = true,
    .named = true,
  },
  [sym__template_field] = {
    .visible = false,
    .named = true,
  },
  [sym_template_category] = {
    .visible = true,
    .named = true,
  },
  [sym_formula] = {
    .visible = true,
    .named = true,
  },
  [sym_reference] = {
    .visible = true,
    .named = true,
  },
  [sym_core] = {
    .visible = true,
    .named = true,
  },
  [sym_applies_to] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_string_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_text_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_document_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_document_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_rules_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_scoring_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_extra_units_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_department_goals_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_dept_budget_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_duty_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_sub_goal_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_project_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_budget_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_plan_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_review_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_breakdown_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_breakdown_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_schedule_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_indicator_group_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_indicator_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_self_evaluation_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_evaluation_funds_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_evaluation_source_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_evaluation_row_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_evaluation_text_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_monitoring_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_monitoring_funds_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_monitoring_row_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_cause_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_library_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_template_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_template_repeat2] = {
    .visible = false,
    .named = false,
  },
  [alias_sym_category] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_text_value] = {
    .visible = true,
    .named = true,
  },
  [alias_sym_word] = {
    .visible = true,
    .named = true,
  },
};

enum ts_field_identifiers {
  field_category = 1,
  field_code = 2,
  field_name = 3,
  field_project = 4,
  field_title = 5,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_category] = "category",
  [field_code] = "code",
  [field_name] = "name",
  [field_project] = "project",
  [field_title] = "title",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 2},
  [2] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 1},
  [5] = {.index = 4, .length = 1},
  [6] = {.index = 5, .length = 1},
  [7] = {.index = 6, .length = 1},
  [10] = {.index = 3, .length = 1},
  [15] = {.index = 7, .length = 1},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_code, 1},
    {field_name, 2},
  [2] =
    {field_title, 1},
  [3] =
    {field_name, 1},
  [4] =
    {field_project, 1},
  [5] =
    {field_name, 0},
  [6] =
    {field_category, 0},
  [7] =
    {field_name, 2},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [3] = {
    [0] = alias_sym_word,
  },
  [7] = {
    [0] = alias_sym_category,
  },
  [8] = {
    [0] = sym_target,
  },
  [9] = {
    [0] = alias_sym_text_value,
  },
  [10] = {
    [0] = alias_sym_category,
  },
  [11] = {
    [0] = anon_sym_u63cfu8ff0,
  },
  [12] = {
    [1] = sym_unit,
  },
  [13] = {
    [0] = alias_sym_word,
    [1] = alias_sym_word,
  },
  [14] = {
    [1] = alias_sym_word,
  },
  [15] = {
    [0] = alias_sym_category,
  },
  [16] = {
    [2] = sym_unit,
  },
  [17] = {
    [1] = alias_sym_category,
  },
  [18] = {
    [1] = anon_sym_PLUS,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  sym_string, 2,
    sym_string,
    alias_sym_text_value,
  sym__keyword_target, 2,
    sym__keyword_target,
    sym_target,
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 3,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 13,
  [15] = 15,
  [16] = 16,
  [17] = 17,
  [18] = 18,
  [19] = 19,
  [20] = 20,
  [21] = 21,
  [22] = 22,
  [23] = 23,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 27,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 15,
  [47] = 16,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 15,
  [58] = 16,
  [59] = 59,
  [60] = 60,
  [61] = 44,
  [62] = 43,
  [63] = 45,
  [64] = 48,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 69,
  [70] = 16,
  [71] = 15,
  [72] = 72,
  [73] = 73,
  [74] = 74,
  [75] = 75,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 82,
  [83] = 83,
  [84] = 84,
  [85] = 85,
  [86] = 49,
  [87] = 87,
  [88] = 55,
  [89] = 89,
  [90] = 90,
  [91] = 54,
  [92] = 50,
  [93] = 93,
  [94] = 94,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 15,
  [104] = 16,
  [105] = 105,
  [106] = 106,
  [107] = 107,
  [108] = 108,
  [109] = 13,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 121,
  [122] = 72,
  [123] = 123,
  [124] = 72,
  [125] = 15,
  [126] = 16,
  [127] = 13,
  [128] = 87,
  [129] = 90,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 96,
  [144] = 97,
  [145] = 98,
  [146] = 101,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 150,
  [151] = 151,
  [152] = 152,
  [153] = 153,
  [154] = 154,
  [155] = 155,
  [156] = 156,
  [157] = 157,
  [158] = 158,
  [159] = 159,
  [160] = 160,
  [161] = 161,
  [162] = 162,
  [163] = 163,
  [164] = 164,
  [165] = 165,
  [166] = 166,
  [167] = 167,
  [168] = 168,
  [169] = 169,
  [170] = 170,
  [171] = 171,
  [172] = 172,
  [173] = 13,
  [174] = 174,
  [175] = 175,
  [176] = 176,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 188,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 196,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 53,
  [207] = 52,
  [208] = 51,
  [209] = 209,
  [210] = 209,
  [211] = 211,
  [212] = 16,
  [213] = 56,
  [214] = 87,
  [215] = 90,
  [216] = 15,
  [217] = 217,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 221,
  [222] = 222,
  [223] = 223,
  [224] = 223,
  [225] = 221,
  [226] = 226,
  [227] = 227,
  [228] = 228,
  [229] = 222,
  [230] = 230,
  [231] = 231,
  [232] = 211,
  [233] = 233,
  [234] = 234,
  [235] = 87,
  [236] = 236,
  [237] = 237,
  [238] = 90,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 231,
  [244] = 244,
  [245] = 34,
  [246] = 219,
  [247] = 218,
  [248] = 230,
  [249] = 249,
  [250] = 250,
  [251] = 251,
  [252] = 252,
  [253] = 253,
  [254] = 85,
  [255] = 249,
  [256] = 256,
  [257] = 257,
  [258] = 258,
  [259] = 259,
  [260] = 260,
  [261] = 261,
  [262] = 262,
  [263] = 263,
  [264] = 264,
  [265] = 265,
  [266] = 266,
  [267] = 267,
  [268] = 268,
  [269] = 269,
  [270] = 270,
  [271] = 271,
  [272] = 272,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 279,
  [280] = 280,
  [281] = 281,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 119,
  [286] = 286,
  [287] = 287,
  [288] = 288,
  [289] = 286,
  [290] = 290,
  [291] = 284,
  [292] = 290,
  [293] = 293,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 297,
  [298] = 298,
  [299] = 299,
  [300] = 300,
  [301] = 301,
  [302] = 302,
  [303] = 303,
  [304] = 304,
  [305] = 305,
  [306] = 306,
  [307] = 307,
  [308] = 308,
  [309] = 309,
  [310] = 310,
  [311] = 306,
  [312] = 312,
  [313] = 313,
  [314] = 314,
  [315] = 315,
  [316] = 316,
  [317] = 317,
  [318] = 318,
  [319] = 319,
  [320] = 320,
  [321] = 321,
  [322] = 322,
  [323] = 323,
  [324] = 324,
  [325] = 45,
  [326] = 44,
  [327] = 41,
  [328] = 42,
  [329] = 329,
  [330] = 15,
  [331] = 16,
  [332] = 332,
  [333] = 333,
  [334] = 43,
  [335] = 335,
  [336] = 336,
  [337] = 337,
  [338] = 338,
  [339] = 339,
  [340] = 340,
  [341] = 341,
  [342] = 342,
  [343] = 343,
  [344] = 344,
  [345] = 345,
  [346] = 346,
  [347] = 347,
  [348] = 348,
  [349] = 349,
  [350] = 350,
  [351] = 351,
  [352] = 352,
  [353] = 353,
  [354] = 354,
  [355] = 355,
  [356] = 356,
  [357] = 357,
  [358] = 358,
  [359] = 48,
  [360] = 360,
  [361] = 361,
  [362] = 362,
  [363] = 363,
  [364] = 364,
  [365] = 365,
  [366] = 366,
  [367] = 367,
  [368] = 368,
  [369] = 369,
  [370] = 370,
  [371] = 371,
  [372] = 372,
  [373] = 373,
  [374] = 374,
  [375] = 375,
  [376] = 376,
  [377] = 377,
  [378] = 378,
  [379] = 379,
  [380] = 380,
  [381] = 381,
  [382] = 382,
  [383] = 383,
  [384] = 384,
  [385] = 385,
  [386] = 386,
  [387] = 387,
  [388] = 388,
  [389] = 389,
  [390] = 379,
  [391] = 15,
  [392] = 72,
  [393] = 348,
  [394] = 349,
  [395] = 352,
  [396] = 396,
  [397] = 397,
  [398] = 398,
  [399] = 399,
  [400] = 400,
  [401] = 401,
  [402] = 402,
  [403] = 403,
  [404] = 404,
  [405] = 405,
  [406] = 406,
  [407] = 407,
  [408] = 408,
  [409] = 409,
  [410] = 410,
  [411] = 15,
  [412] = 16,
  [413] = 413,
  [414] = 414,
  [415] = 357,
  [416] = 408,
  [417] = 417,
  [418] = 418,
  [419] = 357,
  [420] = 408,
  [421] = 357,
  [422] = 408,
  [423] = 357,
  [424] = 408,
  [425] = 357,
  [426] = 408,
  [427] = 357,
  [428] = 408,
  [429] = 357,
  [430] = 408,
  [431] = 357,
  [432] = 408,
  [433] = 357,
  [434] = 408,
  [435] = 357,
  [436] = 408,
  [437] = 16,
  [438] = 438,
  [439] = 439,
  [440] = 440,
  [441] = 441,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 456,
  [457] = 457,
  [458] = 458,
  [459] = 15,
  [460] = 16,
  [461] = 461,
  [462] = 462,
  [463] = 463,
  [464] = 445,
  [465] = 465,
  [466] = 466,
  [467] = 447,
  [468] = 468,
  [469] = 469,
  [470] = 470,
  [471] = 471,
  [472] = 472,
  [473] = 473,
  [474] = 474,
  [475] = 475,
  [476] = 476,
  [477] = 477,
  [478] = 478,
  [479] = 479,
  [480] = 480,
  [481] = 481,
  [482] = 482,
  [483] = 483,
  [484] = 484,
  [485] = 485,
  [486] = 486,
  [487] = 465,
  [488] = 488,
  [489] = 489,
  [490] = 470,
  [491] = 491,
  [492] = 492,
  [493] = 493,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 497,
  [498] = 498,
  [499] = 499,
  [500] = 500,
  [501] = 501,
  [502] = 502,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 506,
  [507] = 507,
  [508] = 508,
  [509] = 509,
  [510] = 510,
  [511] = 511,
  [512] = 512,
  [513] = 513,
  [514] = 514,
  [515] = 515,
  [516] = 516,
  [517] = 89,
  [518] = 518,
  [519] = 519,
  [520] = 520,
  [521] = 521,
  [522] = 522,
  [523] = 523,
  [524] = 524,
  [525] = 525,
  [526] = 526,
  [527] = 527,
  [528] = 528,
  [529] = 529,
  [530] = 530,
  [531] = 531,
  [532] = 532,
  [533] = 533,
  [534] = 534,
  [535] = 535,
  [536] = 536,
  [537] = 537,
  [538] = 538,
  [539] = 539,
  [540] = 540,
  [541] = 541,
  [542] = 542,
  [543] = 543,
  [544] = 544,
  [545] = 545,
  [546] = 546,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 555,
  [556] = 556,
  [557] = 557,
  [558] = 558,
  [559] = 559,
  [560] = 560,
  [561] = 561,
  [562] = 562,
  [563] = 563,
  [564] = 564,
  [565] = 565,
  [566] = 566,
  [567] = 567,
  [568] = 568,
  [569] = 569,
  [570] = 570,
  [571] = 571,
  [572] = 572,
  [573] = 573,
  [574] = 574,
  [575] = 575,
  [576] = 576,
  [577] = 577,
  [578] = 561,
  [579] = 579,
  [580] = 580,
  [581] = 581,
  [582] = 580,
  [583] = 583,
  [584] = 584,
  [585] = 585,
  [586] = 561,
  [587] = 580,
  [588] = 583,
  [589] = 580,
  [590] = 590,
  [591] = 591,
  [592] = 592,
  [593] = 593,
  [594] = 594,
  [595] = 595,
  [596] = 596,
  [597] = 597,
  [598] = 598,
  [599] = 599,
  [600] = 600,
  [601] = 601,
  [602] = 602,
  [603] = 579,
  [604] = 604,
  [605] = 605,
  [606] = 606,
  [607] = 607,
  [608] = 608,
  [609] = 609,
  [610] = 610,
  [611] = 611,
  [612] = 612,
  [613] = 613,
  [614] = 614,
  [615] = 615,
  [616] = 616,
  [617] = 617,
  [618] = 618,
  [619] = 619,
  [620] = 620,
  [621] = 379,
  [622] = 622,
  [623] = 623,
  [624] = 624,
  [625] = 625,
  [626] = 626,
  [627] = 627,
  [628] = 628,
  [629] = 629,
  [630] = 630,
  [631] = 631,
  [632] = 632,
  [633] = 609,
  [634] = 634,
};

static TSCharacterRange sym__word_character_set_1[] = {
  {0, 0x08}, {0x0b, '\f'}, {0x0e, 0x1f}, {'!', '!'}, {'$', ':'}, {'<', 'z'}, {'|', '|'}, {'~', 0x2fff},
  {0x3001, 0x10ffff},
};

static TSCharacterRange sym_unit_character_set_1[] = {
  {0, 0x08}, {0x0e, 0x1f}, {'!', '!'}, {'$', '\''}, {',', ','}, {'.', '/'}, {':', ':'}, {'<', '<'},
  {'>', 'z'}, {'|', '|'}, {'~', 0xd6}, {0xd8, 0xf6}, {0xf8, 0xff07}, {0xff0c, 0xff0c}, {0xff0e, 0xff1c}, {0xff1e, 0x10ffff},
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(773);
      ADVANCE_MAP(
        '"', 1454,
        '#', 774,
        '%', 1686,
        '(', 1676,
        ')', 1680,
        '*', 1670,
        '+', 1664,
        '-', 1625,
        '<', 1739,
        '=', 1739,
        '>', 1739,
        '\\', 1447,
        'a', 856,
        'b', 804,
        'c', 805,
        'd', 907,
        'e', 1299,
        'f', 908,
        'g', 1122,
        'h', 1013,
        'i', 1087,
        'j', 811,
        'l', 1010,
        'm', 806,
        'n', 807,
        'o', 859,
        'p', 1172,
        'r', 909,
        's', 858,
        't', 910,
        'u', 1097,
        'w', 965,
        'y', 942,
        '{', 1486,
        '}', 1487,
        '~', 1633,
        0xd7, 1668,
        0xf7, 1674,
        0x2013, 1631,
        0x2014, 1629,
        0x4e07, 1321,
        0x4e0a, 1345,
        0x4e8b, 1312,
        0x4ebf, 1322,
        0x4f9d, 1363,
        0x504f, 1344,
        0x5141, 1418,
        0x5143, 1476,
        0x5168, 1346,
        0x5176, 1313,
        0x5206, 1318,
        0x5230, 1623,
        0x5305, 1341,
        0x5343, 1323,
        0x5355, 1314,
        0x53c2, 1405,
        0x53ef, 1406,
        0x5408, 1414,
        0x57fa, 1385,
        0x5b8c, 1356,
        0x5b9e, 1438,
        0x5ba1, 1393,
        0x5df2, 1343,
        0x5e74, 1333,
        0x5f53, 1347,
        0x5f97, 1330,
        0x622a, 1407,
        0x6267, 1409,
        0x6307, 1388,
        0x63cf, 1429,
        0x6587, 1394,
        0x672c, 1404,
        0x6838, 1350,
        0x6a21, 1387,
        0x7248, 1386,
        0x72b6, 1351,
        0x7533, 1419,
        0x76d1, 1365,
        0x76ee, 1389,
        0x786e, 1417,
        0x7c7b, 1334,
        0x7ea0, 1320,
        0x7ea6, 1660,
        0x7ecf, 1408,
        0x7f16, 1335,
        0x81ea, 1383,
        0x81f3, 1621,
        0x8865, 1324,
        0x8868, 1392,
        0x89c4, 1332,
        0x8ba1, 1400,
        0x8bc4, 1331,
        0x8d22, 1369,
        0x8d44, 1431,
        0x9002, 1398,
        0x90e8, 1437,
        0x91d1, 1441,
        0x9879, 1399,
        0x9884, 1415,
        0xff05, 1688,
        0xff08, 1678,
        0xff09, 1682,
        0xff0a, 1672,
        0xff0b, 1666,
        0xff0d, 1627,
        0xff1c, 1740,
        0xff1d, 1738,
        0xff1e, 1740,
        0xff5e, 1635,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(771);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1446);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1459);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(775);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead)) ADVANCE(1450);
      END_STATE();
    case 1:
      if (lookahead == ' ') ADVANCE(690);
      if (lookahead == 0x6708) ADVANCE(766);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(767);
      END_STATE();
    case 2:
      if (lookahead == ' ') ADVANCE(690);
      if (lookahead == 0x6708) ADVANCE(766);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1);
      END_STATE();
    case 3:
      if (lookahead == '"') ADVANCE(1454);
      if (lookahead == '#') ADVANCE(1453);
      if (lookahead == '\\') ADVANCE(770);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1452);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1453);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        '(', 1675,
        'a', 101,
        'b', 77,
        'c', 410,
        'd', 175,
        'e', 598,
        'f', 411,
        'g', 424,
        'i', 370,
        'l', 270,
        'm', 418,
        'p', 460,
        'r', 220,
        's', 122,
        't', 160,
        'w', 214,
        'y', 233,
        '{', 1486,
        '}', 1487,
        0xd7, 610,
        0x4e0a, 650,
        0x504f, 648,
        0x5141, 735,
        0x5206, 621,
        0x53ef, 724,
        0x5408, 732,
        0x57fa, 697,
        0x5b8c, 666,
        0x5b9e, 755,
        0x5ba1, 707,
        0x5e74, 658,
        0x5f97, 634,
        0x6267, 728,
        0x6307, 701,
        0x6a21, 698,
        0x72b6, 661,
        0x76ee, 702,
        0x786e, 734,
        0x7ea0, 623,
        0x7ea6, 1660,
        0x7f16, 639,
        0x8865, 627,
        0x8868, 705,
        0x89c4, 636,
        0x8bc4, 635,
        0x8d44, 752,
        0x90e8, 753,
        0x91d1, 758,
        0x9879, 715,
        0x9884, 731,
        0xff08, 1677,
        '*', 764,
        0xff0a, 764,
        'X', 765,
        'x', 765,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1466);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) SKIP(4);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        '<', 1739,
        '=', 1739,
        '>', 1739,
        'a', 861,
        'b', 839,
        'd', 961,
        'm', 931,
        'n', 808,
        'w', 965,
        '}', 1487,
        0xd7, 1309,
        0x4f9d, 1363,
        0x5206, 1318,
        0x6307, 1391,
        0x63cf, 1429,
        0x786e, 1417,
        0x8ba1, 1430,
        0xff1c, 1740,
        0xff1e, 1740,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(5);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1445);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1446);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(776);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead) &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        '<', 1739,
        '=', 1739,
        '>', 1739,
        0xd7, 1309,
        0xff1c, 1740,
        0xff1e, 1740,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(6);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1445);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1446);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(777);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        'a', 1160,
        'b', 839,
        'c', 832,
        'd', 961,
        'f', 1140,
        'm', 931,
        'n', 808,
        'r', 949,
        '}', 1487,
        0x4f9d, 1363,
        0x53c2, 1405,
        0x6307, 1391,
        0x63cf, 1429,
        0x6838, 1350,
        0x7c7b, 1334,
        0x8ba1, 1400,
        0x9002, 1398,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(7);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(815);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        'c', 1151,
        'd', 968,
        'f', 1152,
        'l', 1017,
        '}', 1487,
        0x504f, 1344,
        0x53ef, 1406,
        0x5b8c, 1358,
        0x7ea0, 1320,
        0x9884, 1415,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(8);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(877);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        'c', 1151,
        'd', 969,
        'e', 1300,
        'f', 1148,
        '}', 1487,
        0x504f, 1344,
        0x5168, 1348,
        0x6267, 1412,
        0x7ea0, 1320,
        0x9884, 1416,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(9);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(878);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(1451);
      if (lookahead == '#') ADVANCE(774);
      if (lookahead == '}') ADVANCE(1487);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(10);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1310);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '#', 774,
        ')', 1679,
        '*', 1669,
        '+', 1663,
        '-', 1624,
        '=', 1654,
        '}', 1487,
        0xd7, 1667,
        0xf7, 1673,
        0xff09, 1681,
        0xff0a, 1671,
        0xff0b, 1665,
        0xff0d, 1626,
        0xff1d, 1655,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(11);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1683);
      if ((!eof && set_contains(sym_unit_character_set_1, 16, lookahead))) ADVANCE(1684);
      END_STATE();
    case 12:
      ADVANCE_MAP(
        '#', 774,
        'a', 107,
        'c', 410,
        'd', 174,
        'e', 601,
        'f', 427,
        'm', 418,
        'p', 478,
        'r', 220,
        's', 131,
        'y', 233,
        '}', 1487,
        0x4e0a, 650,
        0x504f, 648,
        0x5141, 735,
        0x5168, 656,
        0x5ba1, 707,
        0x5e74, 658,
        0x6267, 729,
        0x6307, 703,
        0x72b6, 661,
        0x786e, 734,
        0x7ea0, 623,
        0x7f16, 639,
        0x8865, 627,
        0x8868, 705,
        0x89c4, 636,
        0x8bc4, 635,
        0x90e8, 753,
        0x91d1, 758,
        0x9884, 733,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(20);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) SKIP(12);
      END_STATE();
    case 13:
      ADVANCE_MAP(
        '#', 774,
        'a', 437,
        'b', 78,
        'c', 75,
        'd', 226,
        'e', 603,
        'f', 272,
        'g', 424,
        'h', 271,
        'i', 358,
        'l', 390,
        'o', 519,
        'p', 484,
        's', 212,
        '{', 1486,
        '}', 1487,
        0x4e07, 624,
        0x4e0a, 652,
        0x4e8b, 611,
        0x4ebf, 625,
        0x504f, 648,
        0x5143, 1475,
        0x5168, 649,
        0x5176, 615,
        0x5343, 626,
        0x57fa, 697,
        0x5e74, 637,
        0x5f53, 655,
        0x6267, 729,
        0x6307, 704,
        0x672c, 721,
        0x76ee, 702,
        0x7ea0, 623,
        0x7ecf, 726,
        0x81ea, 693,
        0x8d22, 679,
        0x9879, 715,
        0x9884, 733,
      );
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) SKIP(13);
      END_STATE();
    case 14:
      ADVANCE_MAP(
        '#', 774,
        'a', 861,
        'b', 839,
        'd', 961,
        'm', 931,
        'n', 808,
        't', 911,
        'w', 965,
        '}', 1487,
        0x4f9d, 1363,
        0x5206, 1318,
        0x6307, 1391,
        0x63cf, 1429,
        0x6a21, 1387,
        0x786e, 1417,
        0x8ba1, 1430,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(14);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(821);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '#', 774,
        'a', 861,
        'g', 1122,
        'u', 1097,
        '}', 1487,
        0x5355, 1314,
        0x76ee, 1389,
        0x786e, 1417,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(15);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(822);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '#', 774,
        'a', 875,
        'd', 969,
        's', 886,
        'w', 965,
        '}', 1487,
        0x504f, 1344,
        0x5206, 1318,
        0x5b9e, 1438,
        0x5f97, 1330,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(16);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(825);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '#', 774,
        'a', 98,
        'b', 77,
        'c', 75,
        'd', 227,
        'e', 600,
        'f', 428,
        'i', 387,
        'l', 270,
        'o', 518,
        'p', 484,
        's', 102,
        'w', 214,
        '}', 1487,
        0x4e0a, 651,
        0x504f, 648,
        0x5168, 649,
        0x5176, 615,
        0x5206, 621,
        0x53ef, 724,
        0x57fa, 697,
        0x5b8c, 665,
        0x5b9e, 755,
        0x5e74, 637,
        0x5f53, 655,
        0x5f97, 634,
        0x7ea0, 623,
        0x9879, 715,
        0x9884, 731,
      );
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) SKIP(17);
      END_STATE();
    case 18:
      if (lookahead == '#') ADVANCE(774);
      if (lookahead == 'e') ADVANCE(1301);
      if (lookahead == '}') ADVANCE(1487);
      if (lookahead == 0x6267) ADVANCE(1411);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(18);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(978);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{') ADVANCE(1450);
      END_STATE();
    case 19:
      if (lookahead == '#') ADVANCE(774);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1460);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1311);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 20:
      if (lookahead == '.') ADVANCE(769);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(20);
      END_STATE();
    case 21:
      if (lookahead == '_') ADVANCE(608);
      END_STATE();
    case 22:
      if (lookahead == '_') ADVANCE(342);
      END_STATE();
    case 23:
      if (lookahead == '_') ADVANCE(94);
      END_STATE();
    case 24:
      if (lookahead == '_') ADVANCE(95);
      END_STATE();
    case 25:
      if (lookahead == '_') ADVANCE(393);
      END_STATE();
    case 26:
      if (lookahead == '_') ADVANCE(246);
      END_STATE();
    case 27:
      if (lookahead == '_') ADVANCE(92);
      END_STATE();
    case 28:
      if (lookahead == '_') ADVANCE(247);
      END_STATE();
    case 29:
      if (lookahead == '_') ADVANCE(152);
      if (lookahead == 'e') ADVANCE(449);
      END_STATE();
    case 30:
      if (lookahead == '_') ADVANCE(256);
      END_STATE();
    case 31:
      if (lookahead == '_') ADVANCE(576);
      END_STATE();
    case 32:
      if (lookahead == '_') ADVANCE(534);
      END_STATE();
    case 33:
      if (lookahead == '_') ADVANCE(90);
      END_STATE();
    case 34:
      if (lookahead == '_') ADVANCE(506);
      END_STATE();
    case 35:
      if (lookahead == '_') ADVANCE(182);
      END_STATE();
    case 36:
      if (lookahead == '_') ADVANCE(421);
      END_STATE();
    case 37:
      if (lookahead == '_') ADVANCE(537);
      END_STATE();
    case 38:
      if (lookahead == '_') ADVANCE(242);
      END_STATE();
    case 39:
      if (lookahead == '_') ADVANCE(93);
      END_STATE();
    case 40:
      if (lookahead == '_') ADVANCE(287);
      END_STATE();
    case 41:
      if (lookahead == '_') ADVANCE(482);
      END_STATE();
    case 42:
      if (lookahead == '_') ADVANCE(290);
      END_STATE();
    case 43:
      if (lookahead == '_') ADVANCE(578);
      END_STATE();
    case 44:
      if (lookahead == '_') ADVANCE(97);
      END_STATE();
    case 45:
      if (lookahead == '_') ADVANCE(155);
      END_STATE();
    case 46:
      if (lookahead == '_') ADVANCE(310);
      END_STATE();
    case 47:
      if (lookahead == '_') ADVANCE(516);
      END_STATE();
    case 48:
      if (lookahead == '_') ADVANCE(249);
      END_STATE();
    case 49:
      if (lookahead == 'a') ADVANCE(503);
      if (lookahead == 'u') ADVANCE(504);
      END_STATE();
    case 50:
      if (lookahead == 'a') ADVANCE(447);
      if (lookahead == 'e') ADVANCE(54);
      if (lookahead == 'o') ADVANCE(381);
      END_STATE();
    case 51:
      if (lookahead == 'a') ADVANCE(1838);
      END_STATE();
    case 52:
      if (lookahead == 'a') ADVANCE(533);
      if (lookahead == 'o') ADVANCE(445);
      END_STATE();
    case 53:
      if (lookahead == 'a') ADVANCE(351);
      if (lookahead == 'u') ADVANCE(318);
      END_STATE();
    case 54:
      if (lookahead == 'a') ADVANCE(513);
      END_STATE();
    case 55:
      if (lookahead == 'a') ADVANCE(364);
      END_STATE();
    case 56:
      if (lookahead == 'a') ADVANCE(340);
      END_STATE();
    case 57:
      if (lookahead == 'a') ADVANCE(461);
      END_STATE();
    case 58:
      if (lookahead == 'a') ADVANCE(320);
      END_STATE();
    case 59:
      if (lookahead == 'a') ADVANCE(508);
      END_STATE();
    case 60:
      if (lookahead == 'a') ADVANCE(321);
      END_STATE();
    case 61:
      if (lookahead == 'a') ADVANCE(339);
      END_STATE();
    case 62:
      if (lookahead == 'a') ADVANCE(456);
      END_STATE();
    case 63:
      if (lookahead == 'a') ADVANCE(322);
      END_STATE();
    case 64:
      if (lookahead == 'a') ADVANCE(323);
      END_STATE();
    case 65:
      if (lookahead == 'a') ADVANCE(22);
      END_STATE();
    case 66:
      if (lookahead == 'a') ADVANCE(334);
      END_STATE();
    case 67:
      if (lookahead == 'a') ADVANCE(486);
      END_STATE();
    case 68:
      if (lookahead == 'a') ADVANCE(324);
      END_STATE();
    case 69:
      if (lookahead == 'a') ADVANCE(325);
      END_STATE();
    case 70:
      if (lookahead == 'a') ADVANCE(451);
      END_STATE();
    case 71:
      if (lookahead == 'a') ADVANCE(532);
      if (lookahead == 'o') ADVANCE(585);
      END_STATE();
    case 72:
      if (lookahead == 'a') ADVANCE(328);
      END_STATE();
    case 73:
      if (lookahead == 'a') ADVANCE(550);
      END_STATE();
    case 74:
      if (lookahead == 'a') ADVANCE(510);
      END_STATE();
    case 75:
      if (lookahead == 'a') ADVANCE(471);
      if (lookahead == 'o') ADVANCE(469);
      if (lookahead == 'u') ADVANCE(481);
      END_STATE();
    case 76:
      if (lookahead == 'a') ADVANCE(536);
      END_STATE();
    case 77:
      if (lookahead == 'a') ADVANCE(509);
      END_STATE();
    case 78:
      if (lookahead == 'a') ADVANCE(509);
      if (lookahead == 'u') ADVANCE(504);
      END_STATE();
    case 79:
      if (lookahead == 'a') ADVANCE(542);
      END_STATE();
    case 80:
      if (lookahead == 'a') ADVANCE(347);
      END_STATE();
    case 81:
      if (lookahead == 'a') ADVANCE(543);
      END_STATE();
    case 82:
      if (lookahead == 'a') ADVANCE(544);
      END_STATE();
    case 83:
      if (lookahead == 'a') ADVANCE(477);
      END_STATE();
    case 84:
      if (lookahead == 'a') ADVANCE(545);
      END_STATE();
    case 85:
      if (lookahead == 'a') ADVANCE(557);
      END_STATE();
    case 86:
      if (lookahead == 'a') ADVANCE(555);
      END_STATE();
    case 87:
      if (lookahead == 'a') ADVANCE(556);
      END_STATE();
    case 88:
      if (lookahead == 'a') ADVANCE(561);
      END_STATE();
    case 89:
      if (lookahead == 'a') ADVANCE(487);
      END_STATE();
    case 90:
      if (lookahead == 'a') ADVANCE(443);
      END_STATE();
    case 91:
      if (lookahead == 'b') ADVANCE(1692);
      END_STATE();
    case 92:
      if (lookahead == 'b') ADVANCE(606);
      END_STATE();
    case 93:
      if (lookahead == 'b') ADVANCE(607);
      END_STATE();
    case 94:
      if (lookahead == 'b') ADVANCE(567);
      END_STATE();
    case 95:
      if (lookahead == 'b') ADVANCE(192);
      END_STATE();
    case 96:
      if (lookahead == 'b') ADVANCE(475);
      if (lookahead == 'k') ADVANCE(185);
      END_STATE();
    case 97:
      if (lookahead == 'b') ADVANCE(582);
      END_STATE();
    case 98:
      if (lookahead == 'c') ADVANCE(520);
      END_STATE();
    case 99:
      if (lookahead == 'c') ADVANCE(520);
      if (lookahead == 'p') ADVANCE(430);
      if (lookahead == 'r') ADVANCE(453);
      if (lookahead == 's') ADVANCE(25);
      if (lookahead == 'u') ADVANCE(250);
      END_STATE();
    case 100:
      if (lookahead == 'c') ADVANCE(1712);
      if (lookahead == 'p') ADVANCE(57);
      if (lookahead == 's') ADVANCE(110);
      if (lookahead == 'v') ADVANCE(279);
      END_STATE();
    case 101:
      if (lookahead == 'c') ADVANCE(266);
      if (lookahead == 'l') ADVANCE(335);
      if (lookahead == 'p') ADVANCE(434);
      END_STATE();
    case 102:
      if (lookahead == 'c') ADVANCE(398);
      END_STATE();
    case 103:
      if (lookahead == 'c') ADVANCE(398);
      if (lookahead == 'e') ADVANCE(319);
      END_STATE();
    case 104:
      if (lookahead == 'c') ADVANCE(565);
      if (lookahead == 'n') ADVANCE(162);
      END_STATE();
    case 105:
      if (lookahead == 'c') ADVANCE(521);
      if (lookahead == 't') ADVANCE(264);
      if (lookahead == 'w') ADVANCE(361);
      END_STATE();
    case 106:
      if (lookahead == 'c') ADVANCE(331);
      if (lookahead == 'i') ADVANCE(549);
      END_STATE();
    case 107:
      if (lookahead == 'c') ADVANCE(317);
      if (lookahead == 'l') ADVANCE(335);
      END_STATE();
    case 108:
      if (lookahead == 'c') ADVANCE(56);
      END_STATE();
    case 109:
      if (lookahead == 'c') ADVANCE(572);
      END_STATE();
    case 110:
      if (lookahead == 'c') ADVANCE(462);
      END_STATE();
    case 111:
      if (lookahead == 'c') ADVANCE(524);
      END_STATE();
    case 112:
      if (lookahead == 'c') ADVANCE(417);
      END_STATE();
    case 113:
      if (lookahead == 'c') ADVANCE(34);
      END_STATE();
    case 114:
      if (lookahead == 'c') ADVANCE(583);
      END_STATE();
    case 115:
      if (lookahead == 'c') ADVANCE(85);
      END_STATE();
    case 116:
      if (lookahead == 'c') ADVANCE(563);
      END_STATE();
    case 117:
      if (lookahead == 'c') ADVANCE(200);
      END_STATE();
    case 118:
      if (lookahead == 'c') ADVANCE(169);
      END_STATE();
    case 119:
      if (lookahead == 'c') ADVANCE(59);
      END_STATE();
    case 120:
      if (lookahead == 'c') ADVANCE(74);
      END_STATE();
    case 121:
      if (lookahead == 'c') ADVANCE(60);
      END_STATE();
    case 122:
      if (lookahead == 'c') ADVANCE(412);
      if (lookahead == 't') ADVANCE(76);
      END_STATE();
    case 123:
      if (lookahead == 'c') ADVANCE(63);
      END_STATE();
    case 124:
      if (lookahead == 'c') ADVANCE(64);
      END_STATE();
    case 125:
      if (lookahead == 'c') ADVANCE(341);
      END_STATE();
    case 126:
      if (lookahead == 'c') ADVANCE(579);
      END_STATE();
    case 127:
      if (lookahead == 'c') ADVANCE(420);
      END_STATE();
    case 128:
      if (lookahead == 'c') ADVANCE(552);
      END_STATE();
    case 129:
      if (lookahead == 'c') ADVANCE(580);
      END_STATE();
    case 130:
      if (lookahead == 'c') ADVANCE(581);
      END_STATE();
    case 131:
      if (lookahead == 'c') ADVANCE(426);
      if (lookahead == 't') ADVANCE(76);
      END_STATE();
    case 132:
      if (lookahead == 'd') ADVANCE(1775);
      END_STATE();
    case 133:
      if (lookahead == 'd') ADVANCE(1648);
      END_STATE();
    case 134:
      if (lookahead == 'd') ADVANCE(1822);
      END_STATE();
    case 135:
      if (lookahead == 'd') ADVANCE(1780);
      END_STATE();
    case 136:
      if (lookahead == 'd') ADVANCE(1808);
      END_STATE();
    case 137:
      if (lookahead == 'd') ADVANCE(1777);
      END_STATE();
    case 138:
      if (lookahead == 'd') ADVANCE(24);
      END_STATE();
    case 139:
      if (lookahead == 'd') ADVANCE(494);
      END_STATE();
    case 140:
      if (lookahead == 'd') ADVANCE(496);
      END_STATE();
    case 141:
      if (lookahead == 'd') ADVANCE(27);
      END_STATE();
    case 142:
      if (lookahead == 'd') ADVANCE(298);
      END_STATE();
    case 143:
      if (lookahead == 'd') ADVANCE(298);
      if (lookahead == 'i') ADVANCE(549);
      END_STATE();
    case 144:
      if (lookahead == 'd') ADVANCE(167);
      END_STATE();
    case 145:
      if (lookahead == 'd') ADVANCE(177);
      END_STATE();
    case 146:
      if (lookahead == 'd') ADVANCE(36);
      END_STATE();
    case 147:
      if (lookahead == 'd') ADVANCE(37);
      END_STATE();
    case 148:
      if (lookahead == 'd') ADVANCE(258);
      END_STATE();
    case 149:
      if (lookahead == 'd') ADVANCE(39);
      END_STATE();
    case 150:
      if (lookahead == 'd') ADVANCE(259);
      END_STATE();
    case 151:
      if (lookahead == 'd') ADVANCE(260);
      END_STATE();
    case 152:
      if (lookahead == 'd') ADVANCE(81);
      END_STATE();
    case 153:
      if (lookahead == 'd') ADVANCE(301);
      END_STATE();
    case 154:
      if (lookahead == 'd') ADVANCE(303);
      END_STATE();
    case 155:
      if (lookahead == 'd') ADVANCE(84);
      END_STATE();
    case 156:
      if (lookahead == 'e') ADVANCE(100);
      if (lookahead == 'o') ADVANCE(104);
      END_STATE();
    case 157:
      if (lookahead == 'e') ADVANCE(91);
      if (lookahead == 'i') ADVANCE(512);
      if (lookahead == 'o') ADVANCE(446);
      if (lookahead == 'u') ADVANCE(326);
      END_STATE();
    case 158:
      if (lookahead == 'e') ADVANCE(245);
      END_STATE();
    case 159:
      if (lookahead == 'e') ADVANCE(343);
      if (lookahead == 'o') ADVANCE(1636);
      END_STATE();
    case 160:
      if (lookahead == 'e') ADVANCE(343);
      if (lookahead == 'o') ADVANCE(559);
      END_STATE();
    case 161:
      if (lookahead == 'e') ADVANCE(1846);
      if (lookahead == 'r') ADVANCE(186);
      END_STATE();
    case 162:
      if (lookahead == 'e') ADVANCE(1814);
      END_STATE();
    case 163:
      if (lookahead == 'e') ADVANCE(593);
      if (lookahead == 's') ADVANCE(280);
      END_STATE();
    case 164:
      if (lookahead == 'e') ADVANCE(1788);
      END_STATE();
    case 165:
      if (lookahead == 'e') ADVANCE(1788);
      if (lookahead == 'i') ADVANCE(367);
      END_STATE();
    case 166:
      if (lookahead == 'e') ADVANCE(1728);
      END_STATE();
    case 167:
      if (lookahead == 'e') ADVANCE(1480);
      END_STATE();
    case 168:
      if (lookahead == 'e') ADVANCE(1716);
      END_STATE();
    case 169:
      if (lookahead == 'e') ADVANCE(1842);
      END_STATE();
    case 170:
      if (lookahead == 'e') ADVANCE(1644);
      END_STATE();
    case 171:
      if (lookahead == 'e') ADVANCE(1601);
      END_STATE();
    case 172:
      if (lookahead == 'e') ADVANCE(1652);
      END_STATE();
    case 173:
      if (lookahead == 'e') ADVANCE(1605);
      END_STATE();
    case 174:
      if (lookahead == 'e') ADVANCE(440);
      END_STATE();
    case 175:
      if (lookahead == 'e') ADVANCE(440);
      if (lookahead == 'o') ADVANCE(363);
      END_STATE();
    case 176:
      if (lookahead == 'e') ADVANCE(1522);
      END_STATE();
    case 177:
      if (lookahead == 'e') ADVANCE(1526);
      END_STATE();
    case 178:
      if (lookahead == 'e') ADVANCE(1546);
      END_STATE();
    case 179:
      if (lookahead == 'e') ADVANCE(1804);
      END_STATE();
    case 180:
      if (lookahead == 'e') ADVANCE(138);
      END_STATE();
    case 181:
      if (lookahead == 'e') ADVANCE(109);
      END_STATE();
    case 182:
      if (lookahead == 'e') ADVANCE(591);
      END_STATE();
    case 183:
      if (lookahead == 'e') ADVANCE(132);
      END_STATE();
    case 184:
      if (lookahead == 'e') ADVANCE(261);
      END_STATE();
    case 185:
      if (lookahead == 'e') ADVANCE(333);
      END_STATE();
    case 186:
      if (lookahead == 'e') ADVANCE(128);
      END_STATE();
    case 187:
      if (lookahead == 'e') ADVANCE(588);
      END_STATE();
    case 188:
      if (lookahead == 'e') ADVANCE(609);
      END_STATE();
    case 189:
      if (lookahead == 'e') ADVANCE(596);
      END_STATE();
    case 190:
      if (lookahead == 'e') ADVANCE(511);
      END_STATE();
    case 191:
      if (lookahead == 'e') ADVANCE(111);
      END_STATE();
    case 192:
      if (lookahead == 'e') ADVANCE(248);
      END_STATE();
    case 193:
      if (lookahead == 'e') ADVANCE(595);
      END_STATE();
    case 194:
      if (lookahead == 'e') ADVANCE(505);
      END_STATE();
    case 195:
      if (lookahead == 'e') ADVANCE(133);
      END_STATE();
    case 196:
      if (lookahead == 'e') ADVANCE(371);
      END_STATE();
    case 197:
      if (lookahead == 'e') ADVANCE(31);
      END_STATE();
    case 198:
      if (lookahead == 'e') ADVANCE(507);
      END_STATE();
    case 199:
      if (lookahead == 'e') ADVANCE(448);
      END_STATE();
    case 200:
      if (lookahead == 'e') ADVANCE(40);
      END_STATE();
    case 201:
      if (lookahead == 'e') ADVANCE(383);
      END_STATE();
    case 202:
      if (lookahead == 'e') ADVANCE(491);
      END_STATE();
    case 203:
      if (lookahead == 'e') ADVANCE(135);
      END_STATE();
    case 204:
      if (lookahead == 'e') ADVANCE(136);
      END_STATE();
    case 205:
      if (lookahead == 'e') ADVANCE(497);
      END_STATE();
    case 206:
      if (lookahead == 'e') ADVANCE(146);
      END_STATE();
    case 207:
      if (lookahead == 'e') ADVANCE(137);
      END_STATE();
    case 208:
      if (lookahead == 'e') ADVANCE(528);
      END_STATE();
    case 209:
      if (lookahead == 'e') ADVANCE(529);
      END_STATE();
    case 210:
      if (lookahead == 'e') ADVANCE(336);
      END_STATE();
    case 211:
      if (lookahead == 'e') ADVANCE(373);
      END_STATE();
    case 212:
      if (lookahead == 'e') ADVANCE(454);
      END_STATE();
    case 213:
      if (lookahead == 'e') ADVANCE(452);
      END_STATE();
    case 214:
      if (lookahead == 'e') ADVANCE(273);
      END_STATE();
    case 215:
      if (lookahead == 'e') ADVANCE(119);
      END_STATE();
    case 216:
      if (lookahead == 'e') ADVANCE(119);
      if (lookahead == 'm') ADVANCE(1538);
      END_STATE();
    case 217:
      if (lookahead == 'e') ADVANCE(119);
      if (lookahead == 'm') ADVANCE(575);
      END_STATE();
    case 218:
      if (lookahead == 'e') ADVANCE(436);
      END_STATE();
    case 219:
      if (lookahead == 'e') ADVANCE(436);
      if (lookahead == 'o') ADVANCE(314);
      END_STATE();
    case 220:
      if (lookahead == 'e') ADVANCE(590);
      if (lookahead == 'u') ADVANCE(337);
      END_STATE();
    case 221:
      if (lookahead == 'e') ADVANCE(141);
      END_STATE();
    case 222:
      if (lookahead == 'e') ADVANCE(114);
      if (lookahead == 't') ADVANCE(464);
      END_STATE();
    case 223:
      if (lookahead == 'e') ADVANCE(589);
      END_STATE();
    case 224:
      if (lookahead == 'e') ADVANCE(116);
      END_STATE();
    case 225:
      if (lookahead == 'e') ADVANCE(376);
      END_STATE();
    case 226:
      if (lookahead == 'e') ADVANCE(586);
      END_STATE();
    case 227:
      if (lookahead == 'e') ADVANCE(586);
      if (lookahead == 'o') ADVANCE(363);
      END_STATE();
    case 228:
      if (lookahead == 'e') ADVANCE(149);
      END_STATE();
    case 229:
      if (lookahead == 'e') ADVANCE(67);
      END_STATE();
    case 230:
      if (lookahead == 'e') ADVANCE(467);
      END_STATE();
    case 231:
      if (lookahead == 'e') ADVANCE(378);
      END_STATE();
    case 232:
      if (lookahead == 'e') ADVANCE(147);
      END_STATE();
    case 233:
      if (lookahead == 'e') ADVANCE(70);
      END_STATE();
    case 234:
      if (lookahead == 'e') ADVANCE(379);
      END_STATE();
    case 235:
      if (lookahead == 'e') ADVANCE(120);
      END_STATE();
    case 236:
      if (lookahead == 'e') ADVANCE(120);
      if (lookahead == 'm') ADVANCE(1538);
      END_STATE();
    case 237:
      if (lookahead == 'e') ADVANCE(151);
      END_STATE();
    case 238:
      if (lookahead == 'e') ADVANCE(126);
      if (lookahead == 't') ADVANCE(464);
      END_STATE();
    case 239:
      if (lookahead == 'e') ADVANCE(389);
      END_STATE();
    case 240:
      if (lookahead == 'e') ADVANCE(129);
      END_STATE();
    case 241:
      if (lookahead == 'e') ADVANCE(130);
      END_STATE();
    case 242:
      if (lookahead == 'e') ADVANCE(602);
      END_STATE();
    case 243:
      if (lookahead == 'f') ADVANCE(1800);
      END_STATE();
    case 244:
      if (lookahead == 'f') ADVANCE(35);
      END_STATE();
    case 245:
      if (lookahead == 'f') ADVANCE(230);
      if (lookahead == 'q') ADVANCE(568);
      if (lookahead == 'v') ADVANCE(269);
      END_STATE();
    case 246:
      if (lookahead == 'f') ADVANCE(566);
      END_STATE();
    case 247:
      if (lookahead == 'f') ADVANCE(308);
      END_STATE();
    case 248:
      if (lookahead == 'f') ADVANCE(422);
      END_STATE();
    case 249:
      if (lookahead == 'f') ADVANCE(311);
      END_STATE();
    case 250:
      if (lookahead == 'g') ADVANCE(1704);
      END_STATE();
    case 251:
      if (lookahead == 'g') ADVANCE(1796);
      END_STATE();
    case 252:
      if (lookahead == 'g') ADVANCE(1542);
      END_STATE();
    case 253:
      if (lookahead == 'g') ADVANCE(1562);
      END_STATE();
    case 254:
      if (lookahead == 'g') ADVANCE(1565);
      END_STATE();
    case 255:
      if (lookahead == 'g') ADVANCE(265);
      END_STATE();
    case 256:
      if (lookahead == 'g') ADVANCE(423);
      END_STATE();
    case 257:
      if (lookahead == 'g') ADVANCE(180);
      END_STATE();
    case 258:
      if (lookahead == 'g') ADVANCE(208);
      END_STATE();
    case 259:
      if (lookahead == 'g') ADVANCE(209);
      END_STATE();
    case 260:
      if (lookahead == 'g') ADVANCE(176);
      END_STATE();
    case 261:
      if (lookahead == 'g') ADVANCE(404);
      END_STATE();
    case 262:
      if (lookahead == 'g') ADVANCE(267);
      END_STATE();
    case 263:
      if (lookahead == 'h') ADVANCE(399);
      END_STATE();
    case 264:
      if (lookahead == 'h') ADVANCE(199);
      END_STATE();
    case 265:
      if (lookahead == 'h') ADVANCE(523);
      END_STATE();
    case 266:
      if (lookahead == 'h') ADVANCE(293);
      if (lookahead == 'k') ADVANCE(375);
      if (lookahead == 't') ADVANCE(573);
      END_STATE();
    case 267:
      if (lookahead == 'h') ADVANCE(202);
      END_STATE();
    case 268:
      if (lookahead == 'i') ADVANCE(96);
      if (lookahead == 'o') ADVANCE(108);
      END_STATE();
    case 269:
      if (lookahead == 'i') ADVANCE(163);
      END_STATE();
    case 270:
      if (lookahead == 'i') ADVANCE(316);
      END_STATE();
    case 271:
      if (lookahead == 'i') ADVANCE(262);
      END_STATE();
    case 272:
      if (lookahead == 'i') ADVANCE(512);
      if (lookahead == 'o') ADVANCE(473);
      if (lookahead == 'u') ADVANCE(326);
      END_STATE();
    case 273:
      if (lookahead == 'i') ADVANCE(255);
      END_STATE();
    case 274:
      if (lookahead == 'i') ADVANCE(263);
      END_STATE();
    case 275:
      if (lookahead == 'i') ADVANCE(438);
      END_STATE();
    case 276:
      if (lookahead == 'i') ADVANCE(549);
      END_STATE();
    case 277:
      if (lookahead == 'i') ADVANCE(493);
      END_STATE();
    case 278:
      if (lookahead == 'i') ADVANCE(522);
      END_STATE();
    case 279:
      if (lookahead == 'i') ADVANCE(73);
      END_STATE();
    case 280:
      if (lookahead == 'i') ADVANCE(401);
      END_STATE();
    case 281:
      if (lookahead == 'i') ADVANCE(374);
      END_STATE();
    case 282:
      if (lookahead == 'i') ADVANCE(551);
      END_STATE();
    case 283:
      if (lookahead == 'i') ADVANCE(117);
      END_STATE();
    case 284:
      if (lookahead == 'i') ADVANCE(72);
      END_STATE();
    case 285:
      if (lookahead == 'i') ADVANCE(113);
      END_STATE();
    case 286:
      if (lookahead == 'i') ADVANCE(194);
      END_STATE();
    case 287:
      if (lookahead == 'i') ADVANCE(366);
      END_STATE();
    case 288:
      if (lookahead == 'i') ADVANCE(527);
      END_STATE();
    case 289:
      if (lookahead == 'i') ADVANCE(419);
      END_STATE();
    case 290:
      if (lookahead == 'i') ADVANCE(369);
      END_STATE();
    case 291:
      if (lookahead == 'i') ADVANCE(540);
      END_STATE();
    case 292:
      if (lookahead == 'i') ADVANCE(531);
      END_STATE();
    case 293:
      if (lookahead == 'i') ADVANCE(187);
      END_STATE();
    case 294:
      if (lookahead == 'i') ADVANCE(193);
      END_STATE();
    case 295:
      if (lookahead == 'i') ADVANCE(206);
      END_STATE();
    case 296:
      if (lookahead == 'i') ADVANCE(365);
      END_STATE();
    case 297:
      if (lookahead == 'i') ADVANCE(402);
      END_STATE();
    case 298:
      if (lookahead == 'i') ADVANCE(115);
      END_STATE();
    case 299:
      if (lookahead == 'i') ADVANCE(367);
      END_STATE();
    case 300:
      if (lookahead == 'i') ADVANCE(403);
      END_STATE();
    case 301:
      if (lookahead == 'i') ADVANCE(368);
      END_STATE();
    case 302:
      if (lookahead == 'i') ADVANCE(406);
      END_STATE();
    case 303:
      if (lookahead == 'i') ADVANCE(372);
      END_STATE();
    case 304:
      if (lookahead == 'i') ADVANCE(407);
      END_STATE();
    case 305:
      if (lookahead == 'i') ADVANCE(409);
      END_STATE();
    case 306:
      if (lookahead == 'i') ADVANCE(413);
      END_STATE();
    case 307:
      if (lookahead == 'i') ADVANCE(416);
      END_STATE();
    case 308:
      if (lookahead == 'i') ADVANCE(514);
      END_STATE();
    case 309:
      if (lookahead == 'i') ADVANCE(86);
      END_STATE();
    case 310:
      if (lookahead == 'i') ADVANCE(388);
      END_STATE();
    case 311:
      if (lookahead == 'i') ADVANCE(515);
      END_STATE();
    case 312:
      if (lookahead == 'i') ADVANCE(88);
      END_STATE();
    case 313:
      if (lookahead == 'j') ADVANCE(191);
      END_STATE();
    case 314:
      if (lookahead == 'j') ADVANCE(224);
      END_STATE();
    case 315:
      if (lookahead == 'k') ADVANCE(1514);
      END_STATE();
    case 316:
      if (lookahead == 'k') ADVANCE(185);
      END_STATE();
    case 317:
      if (lookahead == 'k') ADVANCE(375);
      END_STATE();
    case 318:
      if (lookahead == 'l') ADVANCE(1702);
      if (lookahead == 'n') ADVANCE(1700);
      END_STATE();
    case 319:
      if (lookahead == 'l') ADVANCE(244);
      if (lookahead == 'p') ADVANCE(1706);
      if (lookahead == 'r') ADVANCE(587);
      END_STATE();
    case 320:
      if (lookahead == 'l') ADVANCE(1784);
      END_STATE();
    case 321:
      if (lookahead == 'l') ADVANCE(1581);
      END_STATE();
    case 322:
      if (lookahead == 'l') ADVANCE(1593);
      END_STATE();
    case 323:
      if (lookahead == 'l') ADVANCE(1589);
      END_STATE();
    case 324:
      if (lookahead == 'l') ADVANCE(1613);
      END_STATE();
    case 325:
      if (lookahead == 'l') ADVANCE(1658);
      END_STATE();
    case 326:
      if (lookahead == 'l') ADVANCE(327);
      END_STATE();
    case 327:
      if (lookahead == 'l') ADVANCE(21);
      END_STATE();
    case 328:
      if (lookahead == 'l') ADVANCE(23);
      END_STATE();
    case 329:
      if (lookahead == 'l') ADVANCE(286);
      if (lookahead == 'r') ADVANCE(394);
      END_STATE();
    case 330:
      if (lookahead == 'l') ADVANCE(79);
      END_STATE();
    case 331:
      if (lookahead == 'l') ADVANCE(564);
      END_STATE();
    case 332:
      if (lookahead == 'l') ADVANCE(51);
      END_STATE();
    case 333:
      if (lookahead == 'l') ADVANCE(274);
      END_STATE();
    case 334:
      if (lookahead == 'l') ADVANCE(495);
      END_STATE();
    case 335:
      if (lookahead == 'l') ADVANCE(395);
      END_STATE();
    case 336:
      if (lookahead == 'l') ADVANCE(502);
      END_STATE();
    case 337:
      if (lookahead == 'l') ADVANCE(205);
      END_STATE();
    case 338:
      if (lookahead == 'l') ADVANCE(237);
      END_STATE();
    case 339:
      if (lookahead == 'l') ADVANCE(584);
      END_STATE();
    case 340:
      if (lookahead == 'l') ADVANCE(28);
      END_STATE();
    case 341:
      if (lookahead == 'l') ADVANCE(571);
      END_STATE();
    case 342:
      if (lookahead == 'l') ADVANCE(223);
      if (lookahead == 'u') ADVANCE(385);
      END_STATE();
    case 343:
      if (lookahead == 'm') ADVANCE(431);
      END_STATE();
    case 344:
      if (lookahead == 'm') ADVANCE(196);
      END_STATE();
    case 345:
      if (lookahead == 'm') ADVANCE(171);
      END_STATE();
    case 346:
      if (lookahead == 'm') ADVANCE(173);
      END_STATE();
    case 347:
      if (lookahead == 'm') ADVANCE(189);
      END_STATE();
    case 348:
      if (lookahead == 'm') ADVANCE(225);
      END_STATE();
    case 349:
      if (lookahead == 'm') ADVANCE(231);
      END_STATE();
    case 350:
      if (lookahead == 'n') ADVANCE(106);
      END_STATE();
    case 351:
      if (lookahead == 'n') ADVANCE(1690);
      END_STATE();
    case 352:
      if (lookahead == 'n') ADVANCE(1534);
      END_STATE();
    case 353:
      if (lookahead == 'n') ADVANCE(1792);
      END_STATE();
    case 354:
      if (lookahead == 'n') ADVANCE(1826);
      END_STATE();
    case 355:
      if (lookahead == 'n') ADVANCE(1720);
      END_STATE();
    case 356:
      if (lookahead == 'n') ADVANCE(1585);
      END_STATE();
    case 357:
      if (lookahead == 'n') ADVANCE(1751);
      END_STATE();
    case 358:
      if (lookahead == 'n') ADVANCE(143);
      END_STATE();
    case 359:
      if (lookahead == 'n') ADVANCE(1759);
      END_STATE();
    case 360:
      if (lookahead == 'n') ADVANCE(278);
      END_STATE();
    case 361:
      if (lookahead == 'n') ADVANCE(26);
      END_STATE();
    case 362:
      if (lookahead == 'n') ADVANCE(139);
      END_STATE();
    case 363:
      if (lookahead == 'n') ADVANCE(162);
      END_STATE();
    case 364:
      if (lookahead == 'n') ADVANCE(257);
      END_STATE();
    case 365:
      if (lookahead == 'n') ADVANCE(251);
      END_STATE();
    case 366:
      if (lookahead == 'n') ADVANCE(112);
      END_STATE();
    case 367:
      if (lookahead == 'n') ADVANCE(252);
      END_STATE();
    case 368:
      if (lookahead == 'n') ADVANCE(253);
      END_STATE();
    case 369:
      if (lookahead == 'n') ADVANCE(125);
      END_STATE();
    case 370:
      if (lookahead == 'n') ADVANCE(142);
      END_STATE();
    case 371:
      if (lookahead == 'n') ADVANCE(525);
      END_STATE();
    case 372:
      if (lookahead == 'n') ADVANCE(254);
      END_STATE();
    case 373:
      if (lookahead == 'n') ADVANCE(153);
      END_STATE();
    case 374:
      if (lookahead == 'n') ADVANCE(198);
      END_STATE();
    case 375:
      if (lookahead == 'n') ADVANCE(397);
      END_STATE();
    case 376:
      if (lookahead == 'n') ADVANCE(535);
      END_STATE();
    case 377:
      if (lookahead == 'n') ADVANCE(41);
      END_STATE();
    case 378:
      if (lookahead == 'n') ADVANCE(530);
      END_STATE();
    case 379:
      if (lookahead == 'n') ADVANCE(538);
      END_STATE();
    case 380:
      if (lookahead == 'n') ADVANCE(188);
      END_STATE();
    case 381:
      if (lookahead == 'n') ADVANCE(282);
      END_STATE();
    case 382:
      if (lookahead == 'n') ADVANCE(140);
      END_STATE();
    case 383:
      if (lookahead == 'n') ADVANCE(118);
      END_STATE();
    case 384:
      if (lookahead == 'n') ADVANCE(288);
      END_STATE();
    case 385:
      if (lookahead == 'n') ADVANCE(291);
      END_STATE();
    case 386:
      if (lookahead == 'n') ADVANCE(292);
      END_STATE();
    case 387:
      if (lookahead == 'n') ADVANCE(276);
      END_STATE();
    case 388:
      if (lookahead == 'n') ADVANCE(127);
      END_STATE();
    case 389:
      if (lookahead == 'n') ADVANCE(154);
      END_STATE();
    case 390:
      if (lookahead == 'o') ADVANCE(108);
      END_STATE();
    case 391:
      if (lookahead == 'o') ADVANCE(313);
      END_STATE();
    case 392:
      if (lookahead == 'o') ADVANCE(1850);
      END_STATE();
    case 393:
      if (lookahead == 'o') ADVANCE(243);
      END_STATE();
    case 394:
      if (lookahead == 'o') ADVANCE(432);
      END_STATE();
    case 395:
      if (lookahead == 'o') ADVANCE(597);
      END_STATE();
    case 396:
      if (lookahead == 'o') ADVANCE(599);
      END_STATE();
    case 397:
      if (lookahead == 'o') ADVANCE(594);
      END_STATE();
    case 398:
      if (lookahead == 'o') ADVANCE(463);
      END_STATE();
    case 399:
      if (lookahead == 'o') ADVANCE(400);
      END_STATE();
    case 400:
      if (lookahead == 'o') ADVANCE(134);
      END_STATE();
    case 401:
      if (lookahead == 'o') ADVANCE(352);
      END_STATE();
    case 402:
      if (lookahead == 'o') ADVANCE(353);
      END_STATE();
    case 403:
      if (lookahead == 'o') ADVANCE(354);
      END_STATE();
    case 404:
      if (lookahead == 'o') ADVANCE(458);
      END_STATE();
    case 405:
      if (lookahead == 'o') ADVANCE(476);
      END_STATE();
    case 406:
      if (lookahead == 'o') ADVANCE(355);
      END_STATE();
    case 407:
      if (lookahead == 'o') ADVANCE(356);
      END_STATE();
    case 408:
      if (lookahead == 'o') ADVANCE(45);
      END_STATE();
    case 409:
      if (lookahead == 'o') ADVANCE(357);
      END_STATE();
    case 410:
      if (lookahead == 'o') ADVANCE(469);
      END_STATE();
    case 411:
      if (lookahead == 'o') ADVANCE(455);
      if (lookahead == 'r') ADVANCE(80);
      if (lookahead == 'u') ADVANCE(382);
      END_STATE();
    case 412:
      if (lookahead == 'o') ADVANCE(450);
      END_STATE();
    case 413:
      if (lookahead == 'o') ADVANCE(377);
      END_STATE();
    case 414:
      if (lookahead == 'o') ADVANCE(457);
      END_STATE();
    case 415:
      if (lookahead == 'o') ADVANCE(468);
      END_STATE();
    case 416:
      if (lookahead == 'o') ADVANCE(359);
      END_STATE();
    case 417:
      if (lookahead == 'o') ADVANCE(345);
      END_STATE();
    case 418:
      if (lookahead == 'o') ADVANCE(380);
      END_STATE();
    case 419:
      if (lookahead == 'o') ADVANCE(570);
      END_STATE();
    case 420:
      if (lookahead == 'o') ADVANCE(346);
      END_STATE();
    case 421:
      if (lookahead == 'o') ADVANCE(592);
      END_STATE();
    case 422:
      if (lookahead == 'o') ADVANCE(472);
      END_STATE();
    case 423:
      if (lookahead == 'o') ADVANCE(66);
      END_STATE();
    case 424:
      if (lookahead == 'o') ADVANCE(68);
      END_STATE();
    case 425:
      if (lookahead == 'o') ADVANCE(314);
      END_STATE();
    case 426:
      if (lookahead == 'o') ADVANCE(483);
      END_STATE();
    case 427:
      if (lookahead == 'o') ADVANCE(485);
      if (lookahead == 'r') ADVANCE(80);
      if (lookahead == 'u') ADVANCE(326);
      END_STATE();
    case 428:
      if (lookahead == 'o') ADVANCE(488);
      if (lookahead == 'u') ADVANCE(326);
      END_STATE();
    case 429:
      if (lookahead == 'o') ADVANCE(441);
      END_STATE();
    case 430:
      if (lookahead == 'p') ADVANCE(329);
      if (lookahead == 'r') ADVANCE(1696);
      END_STATE();
    case 431:
      if (lookahead == 'p') ADVANCE(330);
      END_STATE();
    case 432:
      if (lookahead == 'p') ADVANCE(489);
      END_STATE();
    case 433:
      if (lookahead == 'p') ADVANCE(211);
      END_STATE();
    case 434:
      if (lookahead == 'p') ADVANCE(465);
      END_STATE();
    case 435:
      if (lookahead == 'p') ADVANCE(459);
      END_STATE();
    case 436:
      if (lookahead == 'p') ADVANCE(83);
      if (lookahead == 'v') ADVANCE(289);
      END_STATE();
    case 437:
      if (lookahead == 'p') ADVANCE(435);
      END_STATE();
    case 438:
      if (lookahead == 'p') ADVANCE(553);
      END_STATE();
    case 439:
      if (lookahead == 'p') ADVANCE(239);
      END_STATE();
    case 440:
      if (lookahead == 'p') ADVANCE(89);
      if (lookahead == 'v') ADVANCE(279);
      END_STATE();
    case 441:
      if (lookahead == 'p') ADVANCE(490);
      END_STATE();
    case 442:
      if (lookahead == 'p') ADVANCE(492);
      END_STATE();
    case 443:
      if (lookahead == 'p') ADVANCE(442);
      END_STATE();
    case 444:
      if (lookahead == 'r') ADVANCE(391);
      END_STATE();
    case 445:
      if (lookahead == 'r') ADVANCE(161);
      END_STATE();
    case 446:
      if (lookahead == 'r') ADVANCE(217);
      END_STATE();
    case 447:
      if (lookahead == 'r') ADVANCE(1694);
      if (lookahead == 'y') ADVANCE(1698);
      END_STATE();
    case 448:
      if (lookahead == 'r') ADVANCE(1609);
      END_STATE();
    case 449:
      if (lookahead == 'r') ADVANCE(1640);
      END_STATE();
    case 450:
      if (lookahead == 'r') ADVANCE(165);
      END_STATE();
    case 451:
      if (lookahead == 'r') ADVANCE(1490);
      END_STATE();
    case 452:
      if (lookahead == 'r') ADVANCE(1763);
      END_STATE();
    case 453:
      if (lookahead == 'r') ADVANCE(55);
      END_STATE();
    case 454:
      if (lookahead == 'r') ADVANCE(587);
      END_STATE();
    case 455:
      if (lookahead == 'r') ADVANCE(216);
      END_STATE();
    case 456:
      if (lookahead == 'r') ADVANCE(604);
      END_STATE();
    case 457:
      if (lookahead == 'r') ADVANCE(315);
      END_STATE();
    case 458:
      if (lookahead == 'r') ADVANCE(605);
      END_STATE();
    case 459:
      if (lookahead == 'r') ADVANCE(394);
      END_STATE();
    case 460:
      if (lookahead == 'r') ADVANCE(219);
      END_STATE();
    case 461:
      if (lookahead == 'r') ADVANCE(560);
      END_STATE();
    case 462:
      if (lookahead == 'r') ADVANCE(275);
      END_STATE();
    case 463:
      if (lookahead == 'r') ADVANCE(164);
      END_STATE();
    case 464:
      if (lookahead == 'r') ADVANCE(65);
      END_STATE();
    case 465:
      if (lookahead == 'r') ADVANCE(396);
      END_STATE();
    case 466:
      if (lookahead == 'r') ADVANCE(166);
      END_STATE();
    case 467:
      if (lookahead == 'r') ADVANCE(201);
      END_STATE();
    case 468:
      if (lookahead == 'r') ADVANCE(500);
      END_STATE();
    case 469:
      if (lookahead == 'r') ADVANCE(474);
      END_STATE();
    case 470:
      if (lookahead == 'r') ADVANCE(197);
      END_STATE();
    case 471:
      if (lookahead == 'r') ADVANCE(479);
      END_STATE();
    case 472:
      if (lookahead == 'r') ADVANCE(172);
      END_STATE();
    case 473:
      if (lookahead == 'r') ADVANCE(235);
      END_STATE();
    case 474:
      if (lookahead == 'r') ADVANCE(186);
      END_STATE();
    case 475:
      if (lookahead == 'r') ADVANCE(62);
      END_STATE();
    case 476:
      if (lookahead == 'r') ADVANCE(296);
      END_STATE();
    case 477:
      if (lookahead == 'r') ADVANCE(221);
      END_STATE();
    case 478:
      if (lookahead == 'r') ADVANCE(218);
      END_STATE();
    case 479:
      if (lookahead == 'r') ADVANCE(295);
      END_STATE();
    case 480:
      if (lookahead == 'r') ADVANCE(234);
      END_STATE();
    case 481:
      if (lookahead == 'r') ADVANCE(480);
      END_STATE();
    case 482:
      if (lookahead == 'r') ADVANCE(82);
      END_STATE();
    case 483:
      if (lookahead == 'r') ADVANCE(299);
      END_STATE();
    case 484:
      if (lookahead == 'r') ADVANCE(425);
      END_STATE();
    case 485:
      if (lookahead == 'r') ADVANCE(236);
      END_STATE();
    case 486:
      if (lookahead == 'r') ADVANCE(44);
      END_STATE();
    case 487:
      if (lookahead == 'r') ADVANCE(562);
      END_STATE();
    case 488:
      if (lookahead == 'r') ADVANCE(215);
      END_STATE();
    case 489:
      if (lookahead == 'r') ADVANCE(309);
      END_STATE();
    case 490:
      if (lookahead == 'r') ADVANCE(312);
      END_STATE();
    case 491:
      if (lookahead == 'r') ADVANCE(48);
      END_STATE();
    case 492:
      if (lookahead == 'r') ADVANCE(429);
      END_STATE();
    case 493:
      if (lookahead == 's') ADVANCE(1724);
      END_STATE();
    case 494:
      if (lookahead == 's') ADVANCE(1597);
      END_STATE();
    case 495:
      if (lookahead == 's') ADVANCE(1558);
      END_STATE();
    case 496:
      if (lookahead == 's') ADVANCE(1755);
      END_STATE();
    case 497:
      if (lookahead == 's') ADVANCE(1518);
      END_STATE();
    case 498:
      if (lookahead == 's') ADVANCE(1506);
      END_STATE();
    case 499:
      if (lookahead == 's') ADVANCE(1530);
      END_STATE();
    case 500:
      if (lookahead == 's') ADVANCE(1573);
      END_STATE();
    case 501:
      if (lookahead == 's') ADVANCE(1550);
      END_STATE();
    case 502:
      if (lookahead == 's') ADVANCE(1554);
      END_STATE();
    case 503:
      if (lookahead == 's') ADVANCE(277);
      END_STATE();
    case 504:
      if (lookahead == 's') ADVANCE(281);
      END_STATE();
    case 505:
      if (lookahead == 's') ADVANCE(32);
      END_STATE();
    case 506:
      if (lookahead == 's') ADVANCE(433);
      END_STATE();
    case 507:
      if (lookahead == 's') ADVANCE(517);
      END_STATE();
    case 508:
      if (lookahead == 's') ADVANCE(526);
      END_STATE();
    case 509:
      if (lookahead == 's') ADVANCE(285);
      END_STATE();
    case 510:
      if (lookahead == 's') ADVANCE(548);
      END_STATE();
    case 511:
      if (lookahead == 's') ADVANCE(541);
      END_STATE();
    case 512:
      if (lookahead == 's') ADVANCE(121);
      END_STATE();
    case 513:
      if (lookahead == 's') ADVANCE(577);
      END_STATE();
    case 514:
      if (lookahead == 's') ADVANCE(123);
      END_STATE();
    case 515:
      if (lookahead == 's') ADVANCE(124);
      END_STATE();
    case 516:
      if (lookahead == 's') ADVANCE(439);
      END_STATE();
    case 517:
      if (lookahead == 's') ADVANCE(46);
      END_STATE();
    case 518:
      if (lookahead == 't') ADVANCE(264);
      END_STATE();
    case 519:
      if (lookahead == 't') ADVANCE(264);
      if (lookahead == 'w') ADVANCE(361);
      END_STATE();
    case 520:
      if (lookahead == 't') ADVANCE(573);
      END_STATE();
    case 521:
      if (lookahead == 't') ADVANCE(1708);
      END_STATE();
    case 522:
      if (lookahead == 't') ADVANCE(1577);
      END_STATE();
    case 523:
      if (lookahead == 't') ADVANCE(1736);
      END_STATE();
    case 524:
      if (lookahead == 't') ADVANCE(1568);
      END_STATE();
    case 525:
      if (lookahead == 't') ADVANCE(1484);
      END_STATE();
    case 526:
      if (lookahead == 't') ADVANCE(1818);
      END_STATE();
    case 527:
      if (lookahead == 't') ADVANCE(1732);
      END_STATE();
    case 528:
      if (lookahead == 't') ADVANCE(1767);
      END_STATE();
    case 529:
      if (lookahead == 't') ADVANCE(1771);
      END_STATE();
    case 530:
      if (lookahead == 't') ADVANCE(1494);
      END_STATE();
    case 531:
      if (lookahead == 't') ADVANCE(1510);
      END_STATE();
    case 532:
      if (lookahead == 't') ADVANCE(574);
      END_STATE();
    case 533:
      if (lookahead == 't') ADVANCE(184);
      END_STATE();
    case 534:
      if (lookahead == 't') ADVANCE(392);
      END_STATE();
    case 535:
      if (lookahead == 't') ADVANCE(30);
      END_STATE();
    case 536:
      if (lookahead == 't') ADVANCE(569);
      END_STATE();
    case 537:
      if (lookahead == 't') ADVANCE(408);
      END_STATE();
    case 538:
      if (lookahead == 't') ADVANCE(33);
      END_STATE();
    case 539:
      if (lookahead == 't') ADVANCE(183);
      END_STATE();
    case 540:
      if (lookahead == 't') ADVANCE(501);
      END_STATE();
    case 541:
      if (lookahead == 't') ADVANCE(195);
      END_STATE();
    case 542:
      if (lookahead == 't') ADVANCE(168);
      END_STATE();
    case 543:
      if (lookahead == 't') ADVANCE(170);
      END_STATE();
    case 544:
      if (lookahead == 't') ADVANCE(178);
      END_STATE();
    case 545:
      if (lookahead == 't') ADVANCE(179);
      END_STATE();
    case 546:
      if (lookahead == 't') ADVANCE(204);
      END_STATE();
    case 547:
      if (lookahead == 't') ADVANCE(207);
      END_STATE();
    case 548:
      if (lookahead == 't') ADVANCE(38);
      END_STATE();
    case 549:
      if (lookahead == 't') ADVANCE(284);
      END_STATE();
    case 550:
      if (lookahead == 't') ADVANCE(297);
      END_STATE();
    case 551:
      if (lookahead == 't') ADVANCE(405);
      END_STATE();
    case 552:
      if (lookahead == 't') ADVANCE(300);
      END_STATE();
    case 553:
      if (lookahead == 't') ADVANCE(302);
      END_STATE();
    case 554:
      if (lookahead == 't') ADVANCE(232);
      END_STATE();
    case 555:
      if (lookahead == 't') ADVANCE(304);
      END_STATE();
    case 556:
      if (lookahead == 't') ADVANCE(305);
      END_STATE();
    case 557:
      if (lookahead == 't') ADVANCE(415);
      END_STATE();
    case 558:
      if (lookahead == 't') ADVANCE(306);
      END_STATE();
    case 559:
      if (lookahead == 't') ADVANCE(69);
      END_STATE();
    case 560:
      if (lookahead == 't') ADVANCE(348);
      END_STATE();
    case 561:
      if (lookahead == 't') ADVANCE(307);
      END_STATE();
    case 562:
      if (lookahead == 't') ADVANCE(349);
      END_STATE();
    case 563:
      if (lookahead == 't') ADVANCE(47);
      END_STATE();
    case 564:
      if (lookahead == 'u') ADVANCE(144);
      END_STATE();
    case 565:
      if (lookahead == 'u') ADVANCE(344);
      END_STATE();
    case 566:
      if (lookahead == 'u') ADVANCE(362);
      END_STATE();
    case 567:
      if (lookahead == 'u') ADVANCE(148);
      END_STATE();
    case 568:
      if (lookahead == 'u') ADVANCE(190);
      END_STATE();
    case 569:
      if (lookahead == 'u') ADVANCE(498);
      END_STATE();
    case 570:
      if (lookahead == 'u') ADVANCE(499);
      END_STATE();
    case 571:
      if (lookahead == 'u') ADVANCE(145);
      END_STATE();
    case 572:
      if (lookahead == 'u') ADVANCE(539);
      END_STATE();
    case 573:
      if (lookahead == 'u') ADVANCE(58);
      END_STATE();
    case 574:
      if (lookahead == 'u') ADVANCE(466);
      END_STATE();
    case 575:
      if (lookahead == 'u') ADVANCE(332);
      END_STATE();
    case 576:
      if (lookahead == 'u') ADVANCE(384);
      END_STATE();
    case 577:
      if (lookahead == 'u') ADVANCE(470);
      END_STATE();
    case 578:
      if (lookahead == 'u') ADVANCE(386);
      END_STATE();
    case 579:
      if (lookahead == 'u') ADVANCE(554);
      END_STATE();
    case 580:
      if (lookahead == 'u') ADVANCE(546);
      END_STATE();
    case 581:
      if (lookahead == 'u') ADVANCE(547);
      END_STATE();
    case 582:
      if (lookahead == 'u') ADVANCE(150);
      END_STATE();
    case 583:
      if (lookahead == 'u') ADVANCE(558);
      END_STATE();
    case 584:
      if (lookahead == 'u') ADVANCE(87);
      END_STATE();
    case 585:
      if (lookahead == 'v') ADVANCE(1710);
      END_STATE();
    case 586:
      if (lookahead == 'v') ADVANCE(279);
      END_STATE();
    case 587:
      if (lookahead == 'v') ADVANCE(283);
      END_STATE();
    case 588:
      if (lookahead == 'v') ADVANCE(203);
      END_STATE();
    case 589:
      if (lookahead == 'v') ADVANCE(210);
      END_STATE();
    case 590:
      if (lookahead == 'v') ADVANCE(294);
      END_STATE();
    case 591:
      if (lookahead == 'v') ADVANCE(61);
      END_STATE();
    case 592:
      if (lookahead == 'v') ADVANCE(213);
      END_STATE();
    case 593:
      if (lookahead == 'w') ADVANCE(29);
      END_STATE();
    case 594:
      if (lookahead == 'w') ADVANCE(338);
      END_STATE();
    case 595:
      if (lookahead == 'w') ADVANCE(228);
      END_STATE();
    case 596:
      if (lookahead == 'w') ADVANCE(414);
      END_STATE();
    case 597:
      if (lookahead == 'w') ADVANCE(42);
      END_STATE();
    case 598:
      if (lookahead == 'x') ADVANCE(222);
      END_STATE();
    case 599:
      if (lookahead == 'x') ADVANCE(1661);
      END_STATE();
    case 600:
      if (lookahead == 'x') ADVANCE(181);
      END_STATE();
    case 601:
      if (lookahead == 'x') ADVANCE(238);
      END_STATE();
    case 602:
      if (lookahead == 'x') ADVANCE(240);
      END_STATE();
    case 603:
      if (lookahead == 'x') ADVANCE(241);
      END_STATE();
    case 604:
      if (lookahead == 'y') ADVANCE(1830);
      END_STATE();
    case 605:
      if (lookahead == 'y') ADVANCE(1834);
      END_STATE();
    case 606:
      if (lookahead == 'y') ADVANCE(1498);
      END_STATE();
    case 607:
      if (lookahead == 'y') ADVANCE(1502);
      END_STATE();
    case 608:
      if (lookahead == 'y') ADVANCE(229);
      END_STATE();
    case 609:
      if (lookahead == 'y') ADVANCE(43);
      END_STATE();
    case 610:
      if (lookahead == 0xd7) ADVANCE(1741);
      END_STATE();
    case 611:
      if (lookahead == 0x4e1a) ADVANCE(677);
      END_STATE();
    case 612:
      if (lookahead == 0x4e4b) ADVANCE(640);
      if (lookahead == 0x4ee5) ADVANCE(640);
      if (lookahead == 0x524d) ADVANCE(1748);
      if (lookahead == 0x5b8c) ADVANCE(667);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(612);
      END_STATE();
    case 613:
      ADVANCE_MAP(
        0x4e4b, 640,
        0x4ee5, 640,
        0x524d, 1748,
        0x5b8c, 667,
        ' ', 613,
        0x3000, 613,
        0x5e95, 1745,
        0x672b, 1745,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(692);
      END_STATE();
    case 614:
      if (lookahead == 0x4eba) ADVANCE(1638);
      if (lookahead == 0x65e5) ADVANCE(695);
      END_STATE();
    case 615:
      if (lookahead == 0x4ed6) ADVANCE(741);
      END_STATE();
    case 616:
      if (lookahead == 0x4f4d) ADVANCE(1575);
      END_STATE();
    case 617:
      if (lookahead == 0x4f4d) ADVANCE(1730);
      END_STATE();
    case 618:
      if (lookahead == 0x4f4d) ADVANCE(1548);
      END_STATE();
    case 619:
      if (lookahead == 0x4f4d) ADVANCE(1508);
      END_STATE();
    case 620:
      if (lookahead == 0x4f53) ADVANCE(719);
      END_STATE();
    case 621:
      if (lookahead == 0x503c) ADVANCE(1734);
      END_STATE();
    case 622:
      if (lookahead == 0x503c) ADVANCE(1840);
      END_STATE();
    case 623:
      if (lookahead == 0x504f) ADVANCE(1824);
      END_STATE();
    case 624:
      if (lookahead == 0x5143) ADVANCE(1469);
      END_STATE();
    case 625:
      if (lookahead == 0x5143) ADVANCE(1471);
      END_STATE();
    case 626:
      if (lookahead == 0x5143) ADVANCE(1473);
      END_STATE();
    case 627:
      if (lookahead == 0x5145) ADVANCE(643);
      END_STATE();
    case 628:
      if (lookahead == 0x5165) ADVANCE(1599);
      END_STATE();
    case 629:
      if (lookahead == 0x5165) ADVANCE(1603);
      END_STATE();
    case 630:
      if (lookahead == 0x516c) ADVANCE(659);
      END_STATE();
    case 631:
      if (lookahead == 0x51b5) ADVANCE(1778);
      END_STATE();
    case 632:
      if (lookahead == 0x51fa) ADVANCE(1560);
      END_STATE();
    case 633:
      if (lookahead == 0x51fa) ADVANCE(1564);
      END_STATE();
    case 634:
      if (lookahead == 0x5206) ADVANCE(1786);
      END_STATE();
    case 635:
      if (lookahead == 0x5206) ADVANCE(1540);
      END_STATE();
    case 636:
      if (lookahead == 0x5219) ADVANCE(1516);
      END_STATE();
    case 637:
      if (lookahead == 0x521d) ADVANCE(757);
      END_STATE();
    case 638:
      if (lookahead == 0x522b) ADVANCE(1832);
      END_STATE();
    case 639:
      if (lookahead == 0x5236) ADVANCE(1496);
      END_STATE();
    case 640:
      if (lookahead == 0x524d) ADVANCE(1748);
      END_STATE();
    case 641:
      if (lookahead == 0x5305) ADVANCE(646);
      END_STATE();
    case 642:
      if (lookahead == 0x5355) ADVANCE(617);
      END_STATE();
    case 643:
      if (lookahead == 0x5355) ADVANCE(618);
      if (lookahead == 0x5b9a) ADVANCE(663);
      END_STATE();
    case 644:
      if (lookahead == 0x5355) ADVANCE(619);
      END_STATE();
    case 645:
      if (lookahead == 0x542b) ADVANCE(1478);
      END_STATE();
    case 646:
      if (lookahead == 0x542b) ADVANCE(1524);
      END_STATE();
    case 647:
      if (lookahead == 0x5b89) ADVANCE(673);
      END_STATE();
    case 648:
      if (lookahead == 0x5dee) ADVANCE(1790);
      END_STATE();
    case 649:
      if (lookahead == 0x5e74) ADVANCE(668);
      END_STATE();
    case 650:
      if (lookahead == 0x5e74) ADVANCE(1528);
      END_STATE();
    case 651:
      if (lookahead == 0x5e74) ADVANCE(722);
      END_STATE();
    case 652:
      if (lookahead == 0x5e74) ADVANCE(722);
      if (lookahead == 0x7ea7) ADVANCE(737);
      END_STATE();
    case 653:
      if (lookahead == 0x5e74) ADVANCE(1619);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(653);
      END_STATE();
    case 654:
      if (lookahead == 0x5e74) ADVANCE(1746);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(654);
      END_STATE();
    case 655:
      if (lookahead == 0x5e74) ADVANCE(738);
      END_STATE();
    case 656:
      if (lookahead == 0x5e74) ADVANCE(756);
      END_STATE();
    case 657:
      if (lookahead == 0x5e93) ADVANCE(1828);
      if (lookahead == 0x6027) ADVANCE(740);
      END_STATE();
    case 658:
      if (lookahead == 0x5ea6) ADVANCE(1488);
      END_STATE();
    case 659:
      if (lookahead == 0x5f0f) ADVANCE(1836);
      END_STATE();
    case 660:
      if (lookahead == 0x5fc3) ADVANCE(1844);
      END_STATE();
    case 661:
      if (lookahead == 0x6001) ADVANCE(1504);
      END_STATE();
    case 662:
      if (lookahead == 0x6027) ADVANCE(1820);
      END_STATE();
    case 663:
      if (lookahead == 0x6027) ADVANCE(1552);
      END_STATE();
    case 664:
      if (lookahead == 0x6027) ADVANCE(678);
      END_STATE();
    case 665:
      if (lookahead == 0x6210) ADVANCE(1810);
      END_STATE();
    case 666:
      if (lookahead == 0x6210) ADVANCE(1812);
      END_STATE();
    case 667:
      if (lookahead == 0x6210) ADVANCE(1742);
      END_STATE();
    case 668:
      if (lookahead == 0x6267) ADVANCE(727);
      if (lookahead == 0x9884) ADVANCE(717);
      END_STATE();
    case 669:
      if (lookahead == 0x6267) ADVANCE(730);
      END_STATE();
    case 670:
      if (lookahead == 0x62e8) ADVANCE(709);
      if (lookahead == 0x8d44) ADVANCE(749);
      END_STATE();
    case 671:
      if (lookahead == 0x62e8) ADVANCE(710);
      END_STATE();
    case 672:
      if (lookahead == 0x636e) ADVANCE(1722);
      END_STATE();
    case 673:
      if (lookahead == 0x6392) ADVANCE(1650);
      END_STATE();
    case 674:
      if (lookahead == 0x63a7) ADVANCE(1794);
      END_STATE();
    case 675:
      if (lookahead == 0x652f) ADVANCE(632);
      END_STATE();
    case 676:
      if (lookahead == 0x652f) ADVANCE(633);
      END_STATE();
    case 677:
      if (lookahead == 0x6536) ADVANCE(628);
      END_STATE();
    case 678:
      if (lookahead == 0x6536) ADVANCE(629);
      END_STATE();
    case 679:
      if (lookahead == 0x653f) ADVANCE(670);
      END_STATE();
    case 680:
      if (lookahead == 0x653f) ADVANCE(671);
      END_STATE();
    case 681:
      if (lookahead == 0x653f) ADVANCE(743);
      END_STATE();
    case 682:
      if (lookahead == 0x653f) ADVANCE(744);
      END_STATE();
    case 683:
      if (lookahead == 0x6570) ADVANCE(1773);
      END_STATE();
    case 684:
      if (lookahead == 0x6570) ADVANCE(1769);
      END_STATE();
    case 685:
      if (lookahead == 0x6570) ADVANCE(1765);
      END_STATE();
    case 686:
      if (lookahead == 0x6570) ADVANCE(1802);
      END_STATE();
    case 687:
      if (lookahead == 0x6570) ADVANCE(1806);
      END_STATE();
    case 688:
      if (lookahead == 0x6708) ADVANCE(1615);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(688);
      END_STATE();
    case 689:
      if (lookahead == 0x6708) ADVANCE(1615);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(688);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(688);
      END_STATE();
    case 690:
      if (lookahead == 0x6708) ADVANCE(766);
      END_STATE();
    case 691:
      if (lookahead == 0x6708) ADVANCE(760);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      END_STATE();
    case 692:
      if (lookahead == 0x6708) ADVANCE(760);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(691);
      END_STATE();
    case 693:
      if (lookahead == 0x6709) ADVANCE(742);
      END_STATE();
    case 694:
      if (lookahead == 0x6709) ADVANCE(742);
      if (lookahead == 0x8bc4) ADVANCE(1749);
      END_STATE();
    case 695:
      if (lookahead == 0x671f) ADVANCE(1642);
      END_STATE();
    case 696:
      if (lookahead == 0x672c) ADVANCE(1532);
      END_STATE();
    case 697:
      if (lookahead == 0x672c) ADVANCE(675);
      END_STATE();
    case 698:
      if (lookahead == 0x677f) ADVANCE(1714);
      END_STATE();
    case 699:
      if (lookahead == 0x6807) ADVANCE(657);
      END_STATE();
    case 700:
      if (lookahead == 0x6807) ADVANCE(1556);
      END_STATE();
    case 701:
      if (lookahead == 0x6807) ADVANCE(1572);
      END_STATE();
    case 702:
      if (lookahead == 0x6807) ADVANCE(1611);
      END_STATE();
    case 703:
      if (lookahead == 0x6807) ADVANCE(620);
      END_STATE();
    case 704:
      if (lookahead == 0x6807) ADVANCE(1570);
      END_STATE();
    case 705:
      if (lookahead == 0x6837) ADVANCE(1536);
      END_STATE();
    case 706:
      if (lookahead == 0x6838) ADVANCE(614);
      END_STATE();
    case 707:
      if (lookahead == 0x6838) ADVANCE(1500);
      END_STATE();
    case 708:
      if (lookahead == 0x6863) ADVANCE(1482);
      END_STATE();
    case 709:
      if (lookahead == 0x6b3e) ADVANCE(1583);
      END_STATE();
    case 710:
      if (lookahead == 0x6b3e) ADVANCE(1757);
      END_STATE();
    case 711:
      if (lookahead == 0x7387) ADVANCE(1544);
      END_STATE();
    case 712:
      if (lookahead == 0x7528) ADVANCE(1848);
      END_STATE();
    case 713:
      if (lookahead == 0x76ee) ADVANCE(1566);
      END_STATE();
    case 714:
      if (lookahead == 0x76ee) ADVANCE(700);
      END_STATE();
    case 715:
      if (lookahead == 0x76ee) ADVANCE(676);
      END_STATE();
    case 716:
      if (lookahead == 0x7b97) ADVANCE(630);
      if (lookahead == 0x91cf) ADVANCE(642);
      END_STATE();
    case 717:
      if (lookahead == 0x7b97) ADVANCE(684);
      END_STATE();
    case 718:
      if (lookahead == 0x7b97) ADVANCE(685);
      END_STATE();
    case 719:
      if (lookahead == 0x7cfb) ADVANCE(1512);
      END_STATE();
    case 720:
      if (lookahead == 0x7ea7) ADVANCE(737);
      END_STATE();
    case 721:
      if (lookahead == 0x7ea7) ADVANCE(739);
      END_STATE();
    case 722:
      if (lookahead == 0x7ed3) ADVANCE(745);
      END_STATE();
    case 723:
      if (lookahead == 0x8003) ADVANCE(622);
      END_STATE();
    case 724:
      if (lookahead == 0x80fd) ADVANCE(662);
      END_STATE();
    case 725:
      if (lookahead == 0x81f3) ADVANCE(1798);
      END_STATE();
    case 726:
      if (lookahead == 0x8425) ADVANCE(664);
      END_STATE();
    case 727:
      if (lookahead == 0x884c) ADVANCE(683);
      END_STATE();
    case 728:
      if (lookahead == 0x884c) ADVANCE(711);
      END_STATE();
    case 729:
      if (lookahead == 0x884c) ADVANCE(686);
      END_STATE();
    case 730:
      if (lookahead == 0x884c) ADVANCE(687);
      END_STATE();
    case 731:
      if (lookahead == 0x8ba1) ADVANCE(1816);
      END_STATE();
    case 732:
      if (lookahead == 0x8ba1) ADVANCE(1656);
      END_STATE();
    case 733:
      if (lookahead == 0x8ba1) ADVANCE(669);
      END_STATE();
    case 734:
      if (lookahead == 0x8ba4) ADVANCE(1520);
      END_STATE();
    case 735:
      if (lookahead == 0x8bb8) ADVANCE(641);
      END_STATE();
    case 736:
      if (lookahead == 0x8bf7) ADVANCE(1646);
      END_STATE();
    case 737:
      if (lookahead == 0x8d22) ADVANCE(681);
      END_STATE();
    case 738:
      if (lookahead == 0x8d22) ADVANCE(680);
      END_STATE();
    case 739:
      if (lookahead == 0x8d22) ADVANCE(682);
      END_STATE();
    case 740:
      if (lookahead == 0x8d28) ADVANCE(1726);
      END_STATE();
    case 741:
      if (lookahead == 0x8d44) ADVANCE(747);
      END_STATE();
    case 742:
      if (lookahead == 0x8d44) ADVANCE(748);
      END_STATE();
    case 743:
      if (lookahead == 0x8d44) ADVANCE(750);
      END_STATE();
    case 744:
      if (lookahead == 0x8d44) ADVANCE(751);
      END_STATE();
    case 745:
      if (lookahead == 0x8f6c) ADVANCE(1761);
      END_STATE();
    case 746:
      if (lookahead == 0x8ff0) ADVANCE(1718);
      END_STATE();
    case 747:
      if (lookahead == 0x91d1) ADVANCE(1607);
      END_STATE();
    case 748:
      if (lookahead == 0x91d1) ADVANCE(1595);
      END_STATE();
    case 749:
      if (lookahead == 0x91d1) ADVANCE(1579);
      END_STATE();
    case 750:
      if (lookahead == 0x91d1) ADVANCE(1587);
      END_STATE();
    case 751:
      if (lookahead == 0x91d1) ADVANCE(1591);
      END_STATE();
    case 752:
      if (lookahead == 0x91d1) ADVANCE(1753);
      END_STATE();
    case 753:
      if (lookahead == 0x95e8) ADVANCE(1492);
      END_STATE();
    case 754:
      if (lookahead == 0x95e8) ADVANCE(714);
      END_STATE();
    case 755:
      if (lookahead == 0x9645) ADVANCE(1782);
      END_STATE();
    case 756:
      if (lookahead == 0x9884) ADVANCE(717);
      END_STATE();
    case 757:
      if (lookahead == 0x9884) ADVANCE(718);
      END_STATE();
    case 758:
      if (lookahead == 0x989d) ADVANCE(644);
      END_STATE();
    case 759:
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(759);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(689);
      END_STATE();
    case 760:
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(760);
      if (lookahead == 0x5e95 ||
          lookahead == 0x672b) ADVANCE(1745);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(762);
      END_STATE();
    case 761:
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1745);
      END_STATE();
    case 762:
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1745);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(761);
      END_STATE();
    case 763:
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(763);
      END_STATE();
    case 764:
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1741);
      END_STATE();
    case 765:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1741);
      END_STATE();
    case 766:
      if (lookahead == 0x5e95 ||
          lookahead == 0x672b) ADVANCE(1689);
      END_STATE();
    case 767:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1617);
      END_STATE();
    case 768:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1468);
      END_STATE();
    case 769:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(763);
      END_STATE();
    case 770:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1455);
      END_STATE();
    case 771:
      if (eof) ADVANCE(773);
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        '%', 1686,
        '(', 1676,
        ')', 1680,
        '*', 1670,
        '+', 1664,
        '-', 1625,
        '<', 1739,
        '=', 1739,
        '>', 1739,
        'a', 856,
        'b', 804,
        'c', 805,
        'd', 907,
        'e', 1299,
        'f', 908,
        'g', 1122,
        'h', 1013,
        'i', 1087,
        'j', 811,
        'l', 1010,
        'm', 806,
        'n', 807,
        'o', 859,
        'p', 1172,
        'r', 909,
        's', 858,
        't', 910,
        'u', 1097,
        'w', 965,
        'y', 942,
        '{', 1486,
        '}', 1487,
        '~', 1633,
        0xd7, 1668,
        0xf7, 1674,
        0x2013, 1631,
        0x2014, 1629,
        0x4e07, 1321,
        0x4e0a, 1345,
        0x4e8b, 1312,
        0x4ebf, 1322,
        0x4f9d, 1363,
        0x504f, 1344,
        0x5141, 1418,
        0x5143, 1476,
        0x5168, 1346,
        0x5176, 1313,
        0x5206, 1318,
        0x5230, 1623,
        0x5305, 1341,
        0x5343, 1323,
        0x5355, 1314,
        0x53c2, 1405,
        0x53ef, 1406,
        0x5408, 1414,
        0x57fa, 1385,
        0x5b8c, 1356,
        0x5b9e, 1438,
        0x5ba1, 1393,
        0x5df2, 1343,
        0x5e74, 1333,
        0x5f53, 1347,
        0x5f97, 1330,
        0x622a, 1407,
        0x6267, 1409,
        0x6307, 1388,
        0x63cf, 1429,
        0x6587, 1394,
        0x672c, 1404,
        0x6838, 1350,
        0x6a21, 1387,
        0x7248, 1386,
        0x72b6, 1351,
        0x7533, 1419,
        0x76d1, 1365,
        0x76ee, 1389,
        0x786e, 1417,
        0x7c7b, 1334,
        0x7ea0, 1320,
        0x7ea6, 1660,
        0x7ecf, 1408,
        0x7f16, 1335,
        0x81ea, 1383,
        0x81f3, 1621,
        0x8865, 1324,
        0x8868, 1392,
        0x89c4, 1332,
        0x8ba1, 1400,
        0x8bc4, 1331,
        0x8d22, 1369,
        0x8d44, 1431,
        0x9002, 1398,
        0x90e8, 1437,
        0x91d1, 1441,
        0x9879, 1399,
        0x9884, 1415,
        0xff05, 1688,
        0xff08, 1678,
        0xff09, 1682,
        0xff0a, 1672,
        0xff0b, 1666,
        0xff0d, 1627,
        0xff1c, 1740,
        0xff1d, 1738,
        0xff1e, 1740,
        0xff5e, 1635,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(771);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1446);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1459);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(775);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead)) ADVANCE(1450);
      END_STATE();
    case 772:
      if (eof) ADVANCE(773);
      ADVANCE_MAP(
        '"', 1451,
        '#', 774,
        '%', 1685,
        ')', 1679,
        '*', 1669,
        '+', 1663,
        '-', 1624,
        '=', 1654,
        'a', 99,
        'b', 49,
        'c', 52,
        'd', 156,
        'e', 600,
        'f', 157,
        'h', 271,
        'i', 350,
        'j', 53,
        'l', 268,
        'm', 50,
        'n', 71,
        'o', 105,
        'p', 444,
        'r', 158,
        's', 103,
        't', 159,
        'u', 360,
        'w', 214,
        '{', 1486,
        '}', 1487,
        '~', 1632,
        0xd7, 1667,
        0xf7, 1673,
        0x2013, 1630,
        0x2014, 1628,
        0x4e07, 624,
        0x4e0a, 720,
        0x4e8b, 611,
        0x4ebf, 625,
        0x4f9d, 672,
        0x504f, 648,
        0x5143, 1475,
        0x5168, 649,
        0x5176, 615,
        0x5206, 621,
        0x5230, 1622,
        0x5305, 645,
        0x5343, 626,
        0x5355, 616,
        0x53c2, 723,
        0x53ef, 724,
        0x5b8c, 665,
        0x5b9e, 755,
        0x5ba1, 706,
        0x5df2, 647,
        0x5e74, 637,
        0x5f97, 634,
        0x622a, 725,
        0x6307, 699,
        0x63cf, 746,
        0x6587, 708,
        0x672c, 721,
        0x6838, 660,
        0x6a21, 698,
        0x7248, 696,
        0x7533, 736,
        0x76d1, 674,
        0x7c7b, 638,
        0x7ea0, 623,
        0x7ecf, 726,
        0x81ea, 694,
        0x81f3, 1620,
        0x8ba1, 716,
        0x8d22, 679,
        0x9002, 712,
        0x90e8, 754,
        0x9879, 713,
        0x9884, 731,
        0xff05, 1687,
        0xff09, 1681,
        0xff0a, 1671,
        0xff0b, 1665,
        0xff0d, 1626,
        0xff1d, 1655,
        0xff5e, 1634,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(2);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) SKIP(772);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(774);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '%', 1686,
        '(', 1676,
        ')', 1680,
        '*', 1670,
        '+', 1664,
        '-', 1625,
        '<', 1739,
        '=', 1739,
        '>', 1739,
        'a', 856,
        'b', 804,
        'c', 805,
        'd', 907,
        'e', 1299,
        'f', 908,
        'g', 1122,
        'h', 1013,
        'i', 1087,
        'j', 811,
        'l', 1010,
        'm', 806,
        'n', 807,
        'o', 859,
        'p', 1172,
        'r', 909,
        's', 858,
        't', 910,
        'u', 1097,
        'w', 965,
        'y', 942,
        '~', 1633,
        0xd7, 1668,
        0xf7, 1674,
        0x2013, 1631,
        0x2014, 1629,
        0x3000, 775,
        0x4e07, 1321,
        0x4e0a, 1345,
        0x4e8b, 1312,
        0x4ebf, 1322,
        0x4f9d, 1363,
        0x504f, 1344,
        0x5141, 1418,
        0x5143, 1476,
        0x5168, 1346,
        0x5176, 1313,
        0x5206, 1318,
        0x5230, 1623,
        0x5305, 1341,
        0x5343, 1323,
        0x5355, 1314,
        0x53c2, 1405,
        0x53ef, 1406,
        0x5408, 1414,
        0x57fa, 1385,
        0x5b8c, 1356,
        0x5b9e, 1438,
        0x5ba1, 1393,
        0x5df2, 1343,
        0x5e74, 1333,
        0x5f53, 1347,
        0x5f97, 1330,
        0x622a, 1407,
        0x6267, 1409,
        0x6307, 1388,
        0x63cf, 1429,
        0x6587, 1394,
        0x672c, 1404,
        0x6838, 1350,
        0x6a21, 1387,
        0x7248, 1386,
        0x72b6, 1351,
        0x7533, 1419,
        0x76d1, 1365,
        0x76ee, 1389,
        0x786e, 1417,
        0x7c7b, 1334,
        0x7ea0, 1320,
        0x7ea6, 1660,
        0x7ecf, 1408,
        0x7f16, 1335,
        0x81ea, 1383,
        0x81f3, 1621,
        0x8865, 1324,
        0x8868, 1392,
        0x89c4, 1332,
        0x8ba1, 1400,
        0x8bc4, 1331,
        0x8d22, 1369,
        0x8d44, 1431,
        0x9002, 1398,
        0x90e8, 1437,
        0x91d1, 1441,
        0x9879, 1399,
        0x9884, 1415,
        0xff05, 1688,
        0xff08, 1678,
        0xff09, 1682,
        0xff0a, 1672,
        0xff0b, 1666,
        0xff0d, 1627,
        0xff1c, 1740,
        0xff1d, 1738,
        0xff1e, 1740,
        0xff5e, 1635,
        'X', 1446,
        'x', 1446,
        0x0b, 1450,
        '\f', 1450,
      );
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1459);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(775);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          (lookahead < ';' || '>' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}' &&
          lookahead != '~') ADVANCE(1450);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '<', 1739,
        '=', 1739,
        '>', 1739,
        'a', 861,
        'b', 839,
        'd', 961,
        'm', 931,
        'n', 808,
        'w', 965,
        0xd7, 1309,
        0x3000, 776,
        0x4f9d, 1363,
        0x5206, 1318,
        0x6307, 1391,
        0x63cf, 1429,
        0x786e, 1417,
        0x8ba1, 1430,
        0xff1c, 1740,
        0xff1e, 1740,
        '*', 1445,
        0xff0a, 1445,
        'X', 1446,
        'x', 1446,
        0x0b, 1450,
        '\f', 1450,
      );
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(776);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          (lookahead < ';' || '>' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '<', 1739,
        '=', 1739,
        '>', 1739,
        0xd7, 1309,
        0x3000, 777,
        0xff1c, 1740,
        0xff1e, 1740,
        '*', 1445,
        0xff0a, 1445,
        'X', 1446,
        'x', 1446,
        0x0b, 1450,
        '\f', 1450,
      );
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1738);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(777);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          (lookahead < ';' || '>' < lookahead) &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1079);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(852);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1308);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(853);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(987);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1123);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(850);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(988);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(905);
      if (lookahead == 'e') ADVANCE(901);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1215);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1278);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1145);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(814);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1247);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1248);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(938);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(984);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(851);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1025);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1198);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1033);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1279);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(906);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1046);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(855);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(992);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1216);
      if (lookahead == 'u') ADVANCE(1217);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1176);
      if (lookahead == 'o') ADVANCE(1164);
      if (lookahead == 'u') ADVANCE(1179);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1166);
      if (lookahead == 'e') ADVANCE(812);
      if (lookahead == 'o') ADVANCE(1089);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1242);
      if (lookahead == 'o') ADVANCE(1288);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1242);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1839);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1081);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1088);
      if (lookahead == 'u') ADVANCE(1053);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1225);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1055);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1154);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'a', 1160,
        'b', 839,
        'c', 832,
        'd', 961,
        'f', 1140,
        'm', 931,
        'n', 808,
        'r', 949,
        0x3000, 815,
        0x4f9d, 1363,
        0x53c2, 1405,
        0x6307, 1391,
        0x63cf, 1429,
        0x6838, 1350,
        0x7c7b, 1334,
        0x8ba1, 1400,
        0x9002, 1398,
        0x0b, 1450,
        '\f', 1450,
      );
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(815);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1101);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1075);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(778);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1167);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1056);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'a', 861,
        'b', 839,
        'd', 961,
        'm', 931,
        'n', 808,
        't', 911,
        'w', 965,
        0x3000, 821,
        0x4f9d, 1363,
        0x5206, 1318,
        0x6307, 1391,
        0x63cf, 1429,
        0x6a21, 1387,
        0x786e, 1417,
        0x8ba1, 1430,
        0x0b, 1450,
        '\f', 1450,
      );
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(821);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'a', 861,
        'g', 1122,
        'u', 1097,
        0x3000, 822,
        0x5355, 1314,
        0x76ee, 1389,
        0x786e, 1417,
        0x0b, 1450,
        '\f', 1450,
      );
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(822);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1178);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1057);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'a', 875,
        'd', 969,
        's', 886,
        'w', 965,
        0x3000, 825,
        0x504f, 1344,
        0x5206, 1318,
        0x5b9e, 1438,
        0x5f97, 1330,
        0x0b, 1450,
        '\f', 1450,
      );
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(825);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1058);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1074);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1174);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1059);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1060);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1201);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1241);
      if (lookahead == 'o') ADVANCE(1190);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1244);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1067);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1257);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1221);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1251);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1072);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1222);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1223);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1252);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1253);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1193);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1254);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1262);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1265);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1266);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1267);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1693);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1305);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1306);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1284);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(945);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1196);
      if (lookahead == 'k') ADVANCE(946);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1285);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1005);
      if (lookahead == 'l') ADVANCE(1061);
      if (lookahead == 'p') ADVANCE(1153);
      if (lookahead == 'r') ADVANCE(1177);
      if (lookahead == 's') ADVANCE(783);
      if (lookahead == 'u') ADVANCE(993);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1713);
      if (lookahead == 'p') ADVANCE(823);
      if (lookahead == 's') ADVANCE(868);
      if (lookahead == 'v') ADVANCE(1021);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 858:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1125);
      if (lookahead == 'e') ADVANCE(1054);
      if (lookahead == 't') ADVANCE(833);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 859:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1230);
      if (lookahead == 't') ADVANCE(1006);
      if (lookahead == 'w') ADVANCE(1098);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 860:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1274);
      if (lookahead == 'n') ADVANCE(915);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 861:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1052);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 862:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1065);
      if (lookahead == 'd') ADVANCE(1036);
      if (lookahead == 'i') ADVANCE(1245);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 863:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1270);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 864:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(787);
      if (lookahead == 's') ADVANCE(1725);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 865:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(836);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 866:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(845);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 867:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1233);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 868:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1183);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 869:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1286);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 870:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1144);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 871:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(980);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 872:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(922);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 873:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(817);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 874:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1282);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 875:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1229);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 876:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(826);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 877:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'c', 1151,
        'd', 968,
        'f', 1152,
        'l', 1017,
        0x3000, 877,
        0x504f, 1344,
        0x53ef, 1406,
        0x5b8c, 1358,
        0x7ea0, 1320,
        0x9884, 1415,
        0x0b, 1450,
        '\f', 1450,
      );
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(877);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 878:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'c', 1151,
        'd', 969,
        'e', 1300,
        'f', 1148,
        0x3000, 878,
        0x504f, 1344,
        0x5168, 1348,
        0x6267, 1412,
        0x7ea0, 1320,
        0x9884, 1416,
        0x0b, 1450,
        '\f', 1450,
      );
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(878);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 879:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(829);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 880:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(830);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 881:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1078);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 882:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(840);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 883:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1146);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 884:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1259);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 885:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1283);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 886:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1150);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 887:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1781);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 888:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1776);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 889:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1649);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 890:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1823);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 891:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1809);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 892:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1205);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 893:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(781);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 894:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(784);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 895:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1209);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 896:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(920);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 897:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(925);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 898:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(789);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 899:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(999);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 900:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(792);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 901:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(795);
      if (lookahead == 'r') ADVANCE(1641);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 902:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1000);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 903:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1001);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 904:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1034);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 905:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(841);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 906:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(844);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 907:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(857);
      if (lookahead == 'o') ADVANCE(860);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 908:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(849);
      if (lookahead == 'i') ADVANCE(1224);
      if (lookahead == 'o') ADVANCE(1165);
      if (lookahead == 'r') ADVANCE(810);
      if (lookahead == 'u') ADVANCE(1062);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 909:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(989);
      if (lookahead == 'u') ADVANCE(1066);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 910:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1080);
      if (lookahead == 'o') ADVANCE(1637);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 911:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1080);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 912:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1161);
      if (lookahead == 'o') ADVANCE(1049);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 913:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1847);
      if (lookahead == 'r') ADVANCE(937);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 914:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1847);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 915:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1815);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 916:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1307);
      if (lookahead == 'i') ADVANCE(1258);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 917:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1789);
      if (lookahead == 'i') ADVANCE(1102);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 918:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1789);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 919:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1729);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 920:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1481);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 921:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1717);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 922:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1843);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 923:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1523);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 924:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1645);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 925:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1527);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 926:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1547);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 927:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1602);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 928:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1653);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 929:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1606);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 930:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1805);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 931:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(812);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 932:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(863);
      if (lookahead == 't') ADVANCE(1180);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 933:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1291);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 934:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(898);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 935:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1298);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 936:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1002);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 937:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(884);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 938:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1294);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 939:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(887);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 940:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1295);
      if (lookahead == 's') ADVANCE(1022);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 941:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1206);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 942:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(819);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 943:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(867);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 944:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(893);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 945:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(991);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 946:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1069);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 947:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1220);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 948:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(888);
      if (lookahead == 'i') ADVANCE(1132);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 949:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(990);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 950:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1218);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 951:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(899);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 952:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1107);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 953:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(889);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 954:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1219);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 955:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1115);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 956:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1168);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 957:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(891);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 958:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1203);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 959:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1071);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 960:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1108);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 961:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1214);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 962:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1239);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 963:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1170);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 964:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1240);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 965:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1015);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 966:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(865);
      if (lookahead == 'm') ADVANCE(1539);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 967:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(865);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 968:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1289);
      if (lookahead == 'o') ADVANCE(1099);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 969:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1289);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 970:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(869);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 971:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1292);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 972:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(894);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 973:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1109);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 974:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(900);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 975:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1187);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 976:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1112);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 977:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(831);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 978:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1301);
      if (lookahead == 0x3000) ADVANCE(978);
      if (lookahead == 0x6267) ADVANCE(1411);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(1450);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(978);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 979:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(874);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 980:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(798);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 981:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(882);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 982:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(885);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 983:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(799);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 984:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1302);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 985:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1801);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 986:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(793);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 987:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1271);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 988:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1044);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 989:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(975);
      if (lookahead == 'q') ADVANCE(1273);
      if (lookahead == 'v') ADVANCE(1012);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 990:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(975);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 991:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1147);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 992:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1047);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 993:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1705);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 994:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1543);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 995:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1797);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 996:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1563);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 997:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1007);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 998:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(944);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 999:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(923);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1000:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(962);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1001:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(964);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1002:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1133);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1003:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1149);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1004:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1009);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1005:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(1024);
      if (lookahead == 'k') ADVANCE(1100);
      if (lookahead == 't') ADVANCE(1280);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1006:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(956);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1007:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(1232);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1008:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(1128);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1009:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(958);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1010:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(854);
      if (lookahead == 'o') ADVANCE(873);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1011:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(864);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1012:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(940);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1013:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1004);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1014:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1162);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1015:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(997);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1016:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1008);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1017:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1051);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1018:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1231);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1019:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(871);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1020:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1126);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1021:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(835);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1022:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1129);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1023:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1111);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1024:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(933);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1025:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1104);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1026:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(950);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1027:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(934);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1028:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1103);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1029:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1249);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1030:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1237);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1031:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1204);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1032:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1238);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1033:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1105);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1034:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1106);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1035:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1130);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1036:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(866);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1037:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1132);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1038:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1136);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1039:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1138);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1040:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(834);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1041:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1139);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1042:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1141);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1043:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1142);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1044:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1226);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1045:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(846);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1046:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1118);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1047:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1227);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1048:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(848);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1049:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'j') ADVANCE(943);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1050:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'k') ADVANCE(1515);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1051:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'k') ADVANCE(946);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1052:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'k') ADVANCE(1100);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1053:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1703);
      if (lookahead == 'n') ADVANCE(1701);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1054:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(986);
      if (lookahead == 'p') ADVANCE(1707);
      if (lookahead == 'r') ADVANCE(1290);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1055:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1614);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1056:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1659);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1057:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1785);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1058:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1582);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1059:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1594);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1060:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1590);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1061:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1119);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1062:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1064);
      if (lookahead == 'n') ADVANCE(892);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1063:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1064);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1064:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(780);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1065:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1268);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1066:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(941);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1067:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(779);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1068:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(837);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1069:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1016);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1070:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(809);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1071:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1212);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1072:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1213);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1073:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(951);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1074:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1287);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1075:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(785);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1076:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1026);
      if (lookahead == 'r') ADVANCE(1120);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1077:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1026);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1078:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1275);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1079:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(971);
      if (lookahead == 'u') ADVANCE(1114);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1080:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(1155);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1081:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(935);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1082:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(1277);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1083:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(927);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1084:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(929);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1085:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(973);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1086:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(976);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1087:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(862);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1088:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1691);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1089:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(916);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1090:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1535);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1091:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1793);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1092:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1827);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1093:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1721);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1094:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1586);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1095:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1752);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1096:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1760);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1097:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1018);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1098:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(782);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1099:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(915);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1100:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1124);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1101:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(998);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1102:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(994);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1103:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(995);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1104:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(881);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1105:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(870);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1106:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(996);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1107:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1246);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1108:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(904);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1109:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1234);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1110:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(797);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1111:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(954);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1112:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1236);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1113:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(895);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1114:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1029);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1115:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(872);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1116:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1030);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1117:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1032);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1118:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(883);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1119:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1296);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1120:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1156);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1121:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1851);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1122:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(813);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1123:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(985);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1124:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1297);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1125:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1171);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1126:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1272);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1127:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(890);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1128:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1127);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1129:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1090);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1130:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1091);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1131:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(800);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1132:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1110);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1133:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1175);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1134:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1195);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1135:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1169);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1136:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1092);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1137:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1184);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1138:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1093);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1139:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1094);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1140:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1173);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1141:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1095);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1142:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1096);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1143:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1163);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1144:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1083);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1145:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1293);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1146:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1084);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1147:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1189);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1148:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1191);
      if (lookahead == 'u') ADVANCE(1063);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1149:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(838);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1150:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1192);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1151:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1197);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1152:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1199);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1153:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1076);
      if (lookahead == 'r') ADVANCE(1697);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1154:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1158);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1155:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1068);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1156:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1200);
      if (lookahead == 'x') ADVANCE(1662);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1157:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1077);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1158:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1185);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1159:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(960);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1160:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1157);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1161:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(843);
      if (lookahead == 'v') ADVANCE(1020);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1162:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1264);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1163:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1202);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1164:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(913);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1165:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(966);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1166:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1695);
      if (lookahead == 'y') ADVANCE(1699);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1167:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1491);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1168:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1610);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1169:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1050);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1170:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1764);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1171:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(917);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1172:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(912);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1173:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1082);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1174:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1303);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1175:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1304);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1176:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1194);
      if (lookahead == 't') ADVANCE(936);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1177:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(816);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1178:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1263);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1179:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1182);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1180:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(818);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1181:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(937);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1182:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(952);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1183:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1014);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1184:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1210);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1185:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1186:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(919);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1187:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(955);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1188:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(983);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1189:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(928);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1190:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(914);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1191:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(981);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1192:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(918);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1193:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(972);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1194:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1027);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1195:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1028);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1196:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(828);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1197:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1181);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1198:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(842);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1199:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(967);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1200:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1045);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1201:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(802);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1202:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1048);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1203:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(803);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1204:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1725);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1205:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1756);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1206:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1519);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1207:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1507);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1208:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1531);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1209:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1598);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1210:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1574);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1211:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1551);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1212:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1555);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1213:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1559);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1214:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(868);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1215:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1159);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1216:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1011);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1217:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1023);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1218:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(791);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1219:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1228);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1220:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1250);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1221:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1235);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1222:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1031);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1223:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1256);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1224:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(876);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1225:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1281);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1226:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(879);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1227:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(880);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1228:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(801);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1229:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1280);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1230:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1709);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1231:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1578);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1232:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1737);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1233:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1569);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1234:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1485);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1235:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1819);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1236:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1495);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1237:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1511);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1238:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1733);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1239:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1768);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1240:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1772);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1241:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(936);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1242:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1276);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1243:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(948);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1244:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1269);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1245:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1040);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1246:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(790);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1247:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1121);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1248:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1131);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1249:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1211);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1250:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(953);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1251:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(921);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1252:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(924);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1253:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(926);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1254:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(930);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1255:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(957);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1256:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(794);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1257:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1035);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1258:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1134);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1259:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1038);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1260:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(974);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1261:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1037);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1262:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1137);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1263:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1086);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1264:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1039);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1265:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1041);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1266:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1042);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1267:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1043);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1268:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(896);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1269:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1207);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1270:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1243);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1271:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1113);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1272:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1208);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1273:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(947);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1274:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1085);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1275:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(897);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1276:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1186);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1277:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1070);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1278:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1116);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1279:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1117);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1280:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(824);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1281:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1188);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1282:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1260);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1283:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1255);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1284:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(902);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1285:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(903);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1286:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1261);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1287:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(847);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1288:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(1711);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1289:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(1021);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1290:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(1019);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1291:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(939);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1292:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(959);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1293:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(963);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1294:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(827);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1295:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(786);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1296:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(796);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1297:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(1073);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1298:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(1135);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1299:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(932);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1300:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(979);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1301:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(970);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1302:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(982);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1303:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1831);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1304:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1835);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1305:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1499);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1306:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1503);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1307:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(788);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1308:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(977);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1309:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0xd7) ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1310:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x3000) ADVANCE(1310);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(1450);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(1310);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1311:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x3000) ADVANCE(1311);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(1450);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1460);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f) ADVANCE(1311);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ' ' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1312:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4e1a) ADVANCE(1367);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1313:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4ed6) ADVANCE(1424);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1314:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1576);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1315:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1549);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1316:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1731);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1317:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1509);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1318:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x503c) ADVANCE(1735);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1319:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x503c) ADVANCE(1841);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1320:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x504f) ADVANCE(1825);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1321:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5143) ADVANCE(1470);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1322:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5143) ADVANCE(1472);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1323:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5143) ADVANCE(1474);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1324:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5145) ADVANCE(1338);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1325:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5165) ADVANCE(1600);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1326:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5165) ADVANCE(1604);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1327:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x516c) ADVANCE(1349);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1328:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x51b5) ADVANCE(1779);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1329:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x51fa) ADVANCE(1561);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1330:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5206) ADVANCE(1787);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1331:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5206) ADVANCE(1541);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1332:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5219) ADVANCE(1517);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1333:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x521d) ADVANCE(1440);
      if (lookahead == 0x5ea6) ADVANCE(1489);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1334:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x522b) ADVANCE(1833);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1335:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5236) ADVANCE(1497);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1336:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x524d) ADVANCE(1747);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1337:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5305) ADVANCE(1342);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1338:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5355) ADVANCE(1315);
      if (lookahead == 0x5b9a) ADVANCE(1354);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1339:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5355) ADVANCE(1316);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1340:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5355) ADVANCE(1317);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1341:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x542b) ADVANCE(1479);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1342:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x542b) ADVANCE(1525);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1343:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5b89) ADVANCE(1364);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1344:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5dee) ADVANCE(1791);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1345:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1529);
      if (lookahead == 0x7ea7) ADVANCE(1420);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1346:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1359);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1347:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1421);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1348:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1439);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1349:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5f0f) ADVANCE(1837);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1350:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5fc3) ADVANCE(1845);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1351:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6001) ADVANCE(1505);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1352:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1821);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1353:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1423);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1354:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1553);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1355:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1368);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1356:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6210) ADVANCE(1811);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1357:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6210) ADVANCE(1742);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1358:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6210) ADVANCE(1813);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1359:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6267) ADVANCE(1410);
      if (lookahead == 0x9884) ADVANCE(1401);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1360:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6267) ADVANCE(1413);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1361:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x62e8) ADVANCE(1395);
      if (lookahead == 0x8d44) ADVANCE(1434);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1362:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x62e8) ADVANCE(1396);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1363:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x636e) ADVANCE(1723);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1364:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6392) ADVANCE(1651);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1365:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x63a7) ADVANCE(1795);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1366:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x652f) ADVANCE(1329);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1367:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6536) ADVANCE(1325);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1368:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6536) ADVANCE(1326);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1369:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1361);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1370:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1362);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1371:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1426);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1372:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1427);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1373:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1803);
      if (lookahead == 0x7387) ADVANCE(1545);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1374:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1803);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1375:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1774);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1376:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1770);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1377:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1766);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1378:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1807);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1379:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1615);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(688);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1380);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1380:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1615);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(688);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1381:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1442);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1382);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1382:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1442);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1383:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6709) ADVANCE(1425);
      if (lookahead == 0x8bc4) ADVANCE(1750);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1384:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x671f) ADVANCE(1643);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1385:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x672c) ADVANCE(1366);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1386:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x672c) ADVANCE(1533);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1387:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x677f) ADVANCE(1715);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1388:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1571);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1389:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1612);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1390:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1557);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1391:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1353);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1392:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6837) ADVANCE(1537);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1393:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6838) ADVANCE(1501);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1394:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6863) ADVANCE(1483);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1395:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6b3e) ADVANCE(1584);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1396:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6b3e) ADVANCE(1758);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1397:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7387) ADVANCE(1545);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1398:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7528) ADVANCE(1849);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1399:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x76ee) ADVANCE(1567);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1400:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7b97) ADVANCE(1327);
      if (lookahead == 0x91cf) ADVANCE(1339);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1401:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7b97) ADVANCE(1376);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1402:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7b97) ADVANCE(1377);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1403:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7cfb) ADVANCE(1513);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1404:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7ea7) ADVANCE(1422);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1405:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8003) ADVANCE(1319);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1406:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x80fd) ADVANCE(1352);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1407:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x81f3) ADVANCE(1799);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1408:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8425) ADVANCE(1355);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1409:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1373);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1410:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1375);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1411:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1397);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1412:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1374);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1413:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1378);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1414:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba1) ADVANCE(1657);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1415:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba1) ADVANCE(1817);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1416:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba1) ADVANCE(1360);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1417:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba4) ADVANCE(1521);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1418:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8bb8) ADVANCE(1337);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1419:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8bf7) ADVANCE(1647);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1420:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d22) ADVANCE(1371);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1421:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d22) ADVANCE(1370);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1422:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d22) ADVANCE(1372);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1423:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d28) ADVANCE(1727);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1424:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1432);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1425:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1433);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1426:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1435);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1427:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1436);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1428:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8f6c) ADVANCE(1762);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1429:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ff0) ADVANCE(1719);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1430:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91cf) ADVANCE(1339);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1431:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1754);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1432:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1608);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1433:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1596);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1434:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1580);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1435:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1588);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1436:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1592);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1437:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x95e8) ADVANCE(1493);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1438:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x9645) ADVANCE(1783);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1439:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x9884) ADVANCE(1401);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1440:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x9884) ADVANCE(1402);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1441:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x989d) ADVANCE(1340);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1442:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(760);
      if (lookahead == 0x5e95 ||
          lookahead == 0x672b) ADVANCE(1743);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1443);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1443:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1743);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1444);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1444:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1743);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1450);
      END_STATE();
    case 1445:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1446:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1447:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == '"' ||
          lookahead == '#' ||
          lookahead == ';' ||
          lookahead == '{' ||
          lookahead == '}' ||
          lookahead == 0x3000) ADVANCE(1455);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1456);
      END_STATE();
    case 1448:
      ACCEPT_TOKEN(sym__word);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1467);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1449:
      ACCEPT_TOKEN(sym__word);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1468);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1450:
      ACCEPT_TOKEN(sym__word);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1451:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 1452:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead == '#') ADVANCE(1453);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1452);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '\\') ADVANCE(1453);
      END_STATE();
    case 1453:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '\\') ADVANCE(1453);
      END_STATE();
    case 1454:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 1455:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 1456:
      ACCEPT_TOKEN(sym_escape_sequence);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1457:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1448);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1616);
      END_STATE();
    case 1458:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1448);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1457);
      END_STATE();
    case 1459:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1448);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1458);
      END_STATE();
    case 1460:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1448);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1460);
      END_STATE();
    case 1461:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1449);
      if (lookahead == 0x5e74) ADVANCE(1744);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(654);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1465);
      END_STATE();
    case 1462:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1449);
      if (lookahead == 0x6708) ADVANCE(1442);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1464);
      END_STATE();
    case 1463:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1449);
      if (lookahead == 0x6708) ADVANCE(1442);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1462);
      END_STATE();
    case 1464:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1449);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1461);
      END_STATE();
    case 1465:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1449);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1465);
      END_STATE();
    case 1466:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(768);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1466);
      END_STATE();
    case 1467:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1467);
      END_STATE();
    case 1468:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1468);
      END_STATE();
    case 1469:
      ACCEPT_TOKEN(anon_sym_u4e07u5143);
      END_STATE();
    case 1470:
      ACCEPT_TOKEN(anon_sym_u4e07u5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1471:
      ACCEPT_TOKEN(anon_sym_u4ebfu5143);
      END_STATE();
    case 1472:
      ACCEPT_TOKEN(anon_sym_u4ebfu5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1473:
      ACCEPT_TOKEN(anon_sym_u5343u5143);
      END_STATE();
    case 1474:
      ACCEPT_TOKEN(anon_sym_u5343u5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1475:
      ACCEPT_TOKEN(anon_sym_u5143);
      END_STATE();
    case 1476:
      ACCEPT_TOKEN(anon_sym_u5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1477:
      ACCEPT_TOKEN(sym_percent);
      END_STATE();
    case 1478:
      ACCEPT_TOKEN(anon_sym_u5305u542b);
      END_STATE();
    case 1479:
      ACCEPT_TOKEN(anon_sym_u5305u542b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1480:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 1481:
      ACCEPT_TOKEN(anon_sym_include);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1482:
      ACCEPT_TOKEN(anon_sym_u6587u6863);
      END_STATE();
    case 1483:
      ACCEPT_TOKEN(anon_sym_u6587u6863);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1484:
      ACCEPT_TOKEN(anon_sym_document);
      END_STATE();
    case 1485:
      ACCEPT_TOKEN(anon_sym_document);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1486:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 1487:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 1488:
      ACCEPT_TOKEN(anon_sym_u5e74u5ea6);
      END_STATE();
    case 1489:
      ACCEPT_TOKEN(anon_sym_u5e74u5ea6);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1490:
      ACCEPT_TOKEN(anon_sym_year);
      END_STATE();
    case 1491:
      ACCEPT_TOKEN(anon_sym_year);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1492:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8);
      END_STATE();
    case 1493:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8);
      if (lookahead == 0x76ee) ADVANCE(1390);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1494:
      ACCEPT_TOKEN(anon_sym_department);
      END_STATE();
    case 1495:
      ACCEPT_TOKEN(anon_sym_department);
      if (lookahead == '_') ADVANCE(1003);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1496:
      ACCEPT_TOKEN(anon_sym_u7f16u5236);
      END_STATE();
    case 1497:
      ACCEPT_TOKEN(anon_sym_u7f16u5236);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1498:
      ACCEPT_TOKEN(anon_sym_prepared_by);
      END_STATE();
    case 1499:
      ACCEPT_TOKEN(anon_sym_prepared_by);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1500:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838);
      END_STATE();
    case 1501:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838);
      if (lookahead == 0x4eba) ADVANCE(1639);
      if (lookahead == 0x65e5) ADVANCE(1384);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1502:
      ACCEPT_TOKEN(anon_sym_reviewed_by);
      END_STATE();
    case 1503:
      ACCEPT_TOKEN(anon_sym_reviewed_by);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1504:
      ACCEPT_TOKEN(anon_sym_u72b6u6001);
      END_STATE();
    case 1505:
      ACCEPT_TOKEN(anon_sym_u72b6u6001);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1506:
      ACCEPT_TOKEN(anon_sym_status);
      END_STATE();
    case 1507:
      ACCEPT_TOKEN(anon_sym_status);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1508:
      ACCEPT_TOKEN(anon_sym_u91d1u989du5355u4f4d);
      END_STATE();
    case 1509:
      ACCEPT_TOKEN(anon_sym_u91d1u989du5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1510:
      ACCEPT_TOKEN(anon_sym_money_unit);
      END_STATE();
    case 1511:
      ACCEPT_TOKEN(anon_sym_money_unit);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1512:
      ACCEPT_TOKEN(anon_sym_u6307u6807u4f53u7cfb);
      END_STATE();
    case 1513:
      ACCEPT_TOKEN(anon_sym_u6307u6807u4f53u7cfb);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1514:
      ACCEPT_TOKEN(anon_sym_framework);
      END_STATE();
    case 1515:
      ACCEPT_TOKEN(anon_sym_framework);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1516:
      ACCEPT_TOKEN(anon_sym_u89c4u5219);
      END_STATE();
    case 1517:
      ACCEPT_TOKEN(anon_sym_u89c4u5219);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1518:
      ACCEPT_TOKEN(anon_sym_rules);
      END_STATE();
    case 1519:
      ACCEPT_TOKEN(anon_sym_rules);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1520:
      ACCEPT_TOKEN(anon_sym_u786eu8ba4);
      END_STATE();
    case 1521:
      ACCEPT_TOKEN(anon_sym_u786eu8ba4);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1522:
      ACCEPT_TOKEN(anon_sym_acknowledge);
      END_STATE();
    case 1523:
      ACCEPT_TOKEN(anon_sym_acknowledge);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1524:
      ACCEPT_TOKEN(anon_sym_u5141u8bb8u5305u542b);
      END_STATE();
    case 1525:
      ACCEPT_TOKEN(anon_sym_u5141u8bb8u5305u542b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1526:
      ACCEPT_TOKEN(anon_sym_allow_include);
      END_STATE();
    case 1527:
      ACCEPT_TOKEN(anon_sym_allow_include);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1528:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74);
      END_STATE();
    case 1529:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74);
      if (lookahead == 0x7ed3) ADVANCE(1428);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1530:
      ACCEPT_TOKEN(anon_sym_previous);
      END_STATE();
    case 1531:
      ACCEPT_TOKEN(anon_sym_previous);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1532:
      ACCEPT_TOKEN(anon_sym_u7248u672c);
      END_STATE();
    case 1533:
      ACCEPT_TOKEN(anon_sym_u7248u672c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1534:
      ACCEPT_TOKEN(anon_sym_revision);
      END_STATE();
    case 1535:
      ACCEPT_TOKEN(anon_sym_revision);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1536:
      ACCEPT_TOKEN(anon_sym_u8868u6837);
      END_STATE();
    case 1537:
      ACCEPT_TOKEN(anon_sym_u8868u6837);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1538:
      ACCEPT_TOKEN(anon_sym_form);
      END_STATE();
    case 1539:
      ACCEPT_TOKEN(anon_sym_form);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1540:
      ACCEPT_TOKEN(anon_sym_u8bc4u5206);
      END_STATE();
    case 1541:
      ACCEPT_TOKEN(anon_sym_u8bc4u5206);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1542:
      ACCEPT_TOKEN(anon_sym_scoring);
      END_STATE();
    case 1543:
      ACCEPT_TOKEN(anon_sym_scoring);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1544:
      ACCEPT_TOKEN(anon_sym_u6267u884cu7387);
      END_STATE();
    case 1545:
      ACCEPT_TOKEN(anon_sym_u6267u884cu7387);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1546:
      ACCEPT_TOKEN(anon_sym_execution_rate);
      END_STATE();
    case 1547:
      ACCEPT_TOKEN(anon_sym_execution_rate);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1548:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5355u4f4d);
      END_STATE();
    case 1549:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1550:
      ACCEPT_TOKEN(anon_sym_extra_units);
      END_STATE();
    case 1551:
      ACCEPT_TOKEN(anon_sym_extra_units);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1552:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5b9au6027);
      END_STATE();
    case 1553:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5b9au6027);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1554:
      ACCEPT_TOKEN(anon_sym_extra_levels);
      END_STATE();
    case 1555:
      ACCEPT_TOKEN(anon_sym_extra_levels);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1556:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8u76eeu6807);
      END_STATE();
    case 1557:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8u76eeu6807);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1558:
      ACCEPT_TOKEN(anon_sym_department_goals);
      END_STATE();
    case 1559:
      ACCEPT_TOKEN(anon_sym_department_goals);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1560:
      ACCEPT_TOKEN(anon_sym_u57fau672cu652fu51fa);
      END_STATE();
    case 1561:
      ACCEPT_TOKEN(anon_sym_u57fau672cu652fu51fa);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1562:
      ACCEPT_TOKEN(anon_sym_basic_spending);
      END_STATE();
    case 1563:
      ACCEPT_TOKEN(anon_sym_basic_spending);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1564:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu652fu51fa);
      END_STATE();
    case 1565:
      ACCEPT_TOKEN(anon_sym_project_spending);
      END_STATE();
    case 1566:
      ACCEPT_TOKEN(anon_sym_u9879u76ee);
      END_STATE();
    case 1567:
      ACCEPT_TOKEN(anon_sym_u9879u76ee);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1568:
      ACCEPT_TOKEN(anon_sym_project);
      END_STATE();
    case 1569:
      ACCEPT_TOKEN(anon_sym_project);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1570:
      ACCEPT_TOKEN(anon_sym_u6307u6807);
      END_STATE();
    case 1571:
      ACCEPT_TOKEN(anon_sym_u6307u6807);
      if (lookahead == 0x4f53) ADVANCE(1403);
      if (lookahead == 0x5e93) ADVANCE(1829);
      if (lookahead == 0x6027) ADVANCE(1423);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1572:
      ACCEPT_TOKEN(anon_sym_u6307u6807);
      if (lookahead == 0x4f53) ADVANCE(719);
      END_STATE();
    case 1573:
      ACCEPT_TOKEN(anon_sym_indicators);
      END_STATE();
    case 1574:
      ACCEPT_TOKEN(anon_sym_indicators);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1575:
      ACCEPT_TOKEN(anon_sym_u5355u4f4d);
      END_STATE();
    case 1576:
      ACCEPT_TOKEN(anon_sym_u5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1577:
      ACCEPT_TOKEN(anon_sym_unit);
      END_STATE();
    case 1578:
      ACCEPT_TOKEN(anon_sym_unit);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1579:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu8d44u91d1);
      END_STATE();
    case 1580:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1581:
      ACCEPT_TOKEN(anon_sym_fiscal);
      END_STATE();
    case 1582:
      ACCEPT_TOKEN(anon_sym_fiscal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1583:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu62e8u6b3e);
      END_STATE();
    case 1584:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu62e8u6b3e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1585:
      ACCEPT_TOKEN(anon_sym_appropriation);
      END_STATE();
    case 1586:
      ACCEPT_TOKEN(anon_sym_appropriation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1587:
      ACCEPT_TOKEN(anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1);
      END_STATE();
    case 1588:
      ACCEPT_TOKEN(anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1589:
      ACCEPT_TOKEN(anon_sym_higher_fiscal);
      END_STATE();
    case 1590:
      ACCEPT_TOKEN(anon_sym_higher_fiscal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1591:
      ACCEPT_TOKEN(anon_sym_u672cu7ea7u8d22u653fu8d44u91d1);
      END_STATE();
    case 1592:
      ACCEPT_TOKEN(anon_sym_u672cu7ea7u8d22u653fu8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1593:
      ACCEPT_TOKEN(anon_sym_local_fiscal);
      END_STATE();
    case 1594:
      ACCEPT_TOKEN(anon_sym_local_fiscal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1595:
      ACCEPT_TOKEN(anon_sym_u81eau6709u8d44u91d1);
      END_STATE();
    case 1596:
      ACCEPT_TOKEN(anon_sym_u81eau6709u8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1597:
      ACCEPT_TOKEN(anon_sym_own_funds);
      END_STATE();
    case 1598:
      ACCEPT_TOKEN(anon_sym_own_funds);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1599:
      ACCEPT_TOKEN(anon_sym_u4e8bu4e1au6536u5165);
      END_STATE();
    case 1600:
      ACCEPT_TOKEN(anon_sym_u4e8bu4e1au6536u5165);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1601:
      ACCEPT_TOKEN(anon_sym_service_income);
      END_STATE();
    case 1602:
      ACCEPT_TOKEN(anon_sym_service_income);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1603:
      ACCEPT_TOKEN(anon_sym_u7ecfu8425u6027u6536u5165);
      END_STATE();
    case 1604:
      ACCEPT_TOKEN(anon_sym_u7ecfu8425u6027u6536u5165);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1605:
      ACCEPT_TOKEN(anon_sym_business_income);
      END_STATE();
    case 1606:
      ACCEPT_TOKEN(anon_sym_business_income);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1607:
      ACCEPT_TOKEN(anon_sym_u5176u4ed6u8d44u91d1);
      END_STATE();
    case 1608:
      ACCEPT_TOKEN(anon_sym_u5176u4ed6u8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1609:
      ACCEPT_TOKEN(anon_sym_other);
      END_STATE();
    case 1610:
      ACCEPT_TOKEN(anon_sym_other);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1611:
      ACCEPT_TOKEN(anon_sym_u76eeu6807);
      END_STATE();
    case 1612:
      ACCEPT_TOKEN(anon_sym_u76eeu6807);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1613:
      ACCEPT_TOKEN(anon_sym_goal);
      END_STATE();
    case 1614:
      ACCEPT_TOKEN(anon_sym_goal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1615:
      ACCEPT_TOKEN(sym_period_bound);
      END_STATE();
    case 1616:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == '.') ADVANCE(1448);
      if (lookahead == 0x5e74) ADVANCE(1618);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(653);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1477);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1460);
      END_STATE();
    case 1617:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == 0x5e74) ADVANCE(1619);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(653);
      END_STATE();
    case 1618:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(759);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1379);
      END_STATE();
    case 1619:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(759);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(689);
      END_STATE();
    case 1620:
      ACCEPT_TOKEN(anon_sym_u81f3);
      END_STATE();
    case 1621:
      ACCEPT_TOKEN(anon_sym_u81f3);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1622:
      ACCEPT_TOKEN(anon_sym_u5230);
      END_STATE();
    case 1623:
      ACCEPT_TOKEN(anon_sym_u5230);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1624:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 1625:
      ACCEPT_TOKEN(anon_sym_DASH);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1626:
      ACCEPT_TOKEN(anon_sym_uff0d);
      END_STATE();
    case 1627:
      ACCEPT_TOKEN(anon_sym_uff0d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1628:
      ACCEPT_TOKEN(anon_sym_u2014);
      END_STATE();
    case 1629:
      ACCEPT_TOKEN(anon_sym_u2014);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1630:
      ACCEPT_TOKEN(anon_sym_u2013);
      END_STATE();
    case 1631:
      ACCEPT_TOKEN(anon_sym_u2013);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1632:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 1633:
      ACCEPT_TOKEN(anon_sym_TILDE);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1634:
      ACCEPT_TOKEN(anon_sym_uff5e);
      END_STATE();
    case 1635:
      ACCEPT_TOKEN(anon_sym_uff5e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1636:
      ACCEPT_TOKEN(anon_sym_to);
      END_STATE();
    case 1637:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(820);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1638:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u4eba);
      END_STATE();
    case 1639:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u4eba);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1640:
      ACCEPT_TOKEN(anon_sym_reviewer);
      END_STATE();
    case 1641:
      ACCEPT_TOKEN(anon_sym_reviewer);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1642:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u65e5u671f);
      END_STATE();
    case 1643:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u65e5u671f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1644:
      ACCEPT_TOKEN(anon_sym_review_date);
      END_STATE();
    case 1645:
      ACCEPT_TOKEN(anon_sym_review_date);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1646:
      ACCEPT_TOKEN(anon_sym_u7533u8bf7);
      END_STATE();
    case 1647:
      ACCEPT_TOKEN(anon_sym_u7533u8bf7);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1648:
      ACCEPT_TOKEN(anon_sym_requested);
      END_STATE();
    case 1649:
      ACCEPT_TOKEN(anon_sym_requested);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1650:
      ACCEPT_TOKEN(anon_sym_u5df2u5b89u6392);
      END_STATE();
    case 1651:
      ACCEPT_TOKEN(anon_sym_u5df2u5b89u6392);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1652:
      ACCEPT_TOKEN(anon_sym_arranged_before);
      END_STATE();
    case 1653:
      ACCEPT_TOKEN(anon_sym_arranged_before);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1654:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 1655:
      ACCEPT_TOKEN(anon_sym_uff1d);
      END_STATE();
    case 1656:
      ACCEPT_TOKEN(anon_sym_u5408u8ba1);
      END_STATE();
    case 1657:
      ACCEPT_TOKEN(anon_sym_u5408u8ba1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1658:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 1659:
      ACCEPT_TOKEN(anon_sym_total);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1660:
      ACCEPT_TOKEN(anon_sym_u7ea6);
      END_STATE();
    case 1661:
      ACCEPT_TOKEN(anon_sym_approx);
      END_STATE();
    case 1662:
      ACCEPT_TOKEN(anon_sym_approx);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1663:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 1664:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1665:
      ACCEPT_TOKEN(anon_sym_uff0b);
      END_STATE();
    case 1666:
      ACCEPT_TOKEN(anon_sym_uff0b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1667:
      ACCEPT_TOKEN(anon_sym_u00d7);
      END_STATE();
    case 1668:
      ACCEPT_TOKEN(anon_sym_u00d7);
      if (lookahead == 0xd7) ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1669:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 1670:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1671:
      ACCEPT_TOKEN(anon_sym_uff0a);
      END_STATE();
    case 1672:
      ACCEPT_TOKEN(anon_sym_uff0a);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1673:
      ACCEPT_TOKEN(anon_sym_u00f7);
      END_STATE();
    case 1674:
      ACCEPT_TOKEN(anon_sym_u00f7);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1675:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 1676:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1677:
      ACCEPT_TOKEN(anon_sym_uff08);
      END_STATE();
    case 1678:
      ACCEPT_TOKEN(anon_sym_uff08);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1679:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 1680:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1681:
      ACCEPT_TOKEN(anon_sym_uff09);
      END_STATE();
    case 1682:
      ACCEPT_TOKEN(anon_sym_uff09);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1683:
      ACCEPT_TOKEN(sym_unit);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1683);
      if ((!eof && set_contains(sym_unit_character_set_1, 16, lookahead))) ADVANCE(1684);
      END_STATE();
    case 1684:
      ACCEPT_TOKEN(sym_unit);
      if ((!eof && set_contains(sym_unit_character_set_1, 16, lookahead))) ADVANCE(1684);
      END_STATE();
    case 1685:
      ACCEPT_TOKEN(anon_sym_PERCENT);
      END_STATE();
    case 1686:
      ACCEPT_TOKEN(anon_sym_PERCENT);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1687:
      ACCEPT_TOKEN(anon_sym_uff05);
      END_STATE();
    case 1688:
      ACCEPT_TOKEN(anon_sym_uff05);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1689:
      ACCEPT_TOKEN(aux_sym_month_end_token1);
      END_STATE();
    case 1690:
      ACCEPT_TOKEN(anon_sym_jan);
      END_STATE();
    case 1691:
      ACCEPT_TOKEN(anon_sym_jan);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1692:
      ACCEPT_TOKEN(anon_sym_feb);
      END_STATE();
    case 1693:
      ACCEPT_TOKEN(anon_sym_feb);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1694:
      ACCEPT_TOKEN(anon_sym_mar);
      END_STATE();
    case 1695:
      ACCEPT_TOKEN(anon_sym_mar);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1696:
      ACCEPT_TOKEN(anon_sym_apr);
      END_STATE();
    case 1697:
      ACCEPT_TOKEN(anon_sym_apr);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1698:
      ACCEPT_TOKEN(anon_sym_may);
      END_STATE();
    case 1699:
      ACCEPT_TOKEN(anon_sym_may);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1700:
      ACCEPT_TOKEN(anon_sym_jun);
      END_STATE();
    case 1701:
      ACCEPT_TOKEN(anon_sym_jun);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1702:
      ACCEPT_TOKEN(anon_sym_jul);
      END_STATE();
    case 1703:
      ACCEPT_TOKEN(anon_sym_jul);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1704:
      ACCEPT_TOKEN(anon_sym_aug);
      END_STATE();
    case 1705:
      ACCEPT_TOKEN(anon_sym_aug);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1706:
      ACCEPT_TOKEN(anon_sym_sep);
      END_STATE();
    case 1707:
      ACCEPT_TOKEN(anon_sym_sep);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1708:
      ACCEPT_TOKEN(anon_sym_oct);
      END_STATE();
    case 1709:
      ACCEPT_TOKEN(anon_sym_oct);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1710:
      ACCEPT_TOKEN(anon_sym_nov);
      END_STATE();
    case 1711:
      ACCEPT_TOKEN(anon_sym_nov);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1712:
      ACCEPT_TOKEN(anon_sym_dec);
      END_STATE();
    case 1713:
      ACCEPT_TOKEN(anon_sym_dec);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1714:
      ACCEPT_TOKEN(anon_sym_u6a21u677f);
      END_STATE();
    case 1715:
      ACCEPT_TOKEN(anon_sym_u6a21u677f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1716:
      ACCEPT_TOKEN(anon_sym_template);
      END_STATE();
    case 1717:
      ACCEPT_TOKEN(anon_sym_template);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1718:
      ACCEPT_TOKEN(anon_sym_u63cfu8ff0);
      END_STATE();
    case 1719:
      ACCEPT_TOKEN(anon_sym_u63cfu8ff0);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1720:
      ACCEPT_TOKEN(anon_sym_description);
      END_STATE();
    case 1721:
      ACCEPT_TOKEN(anon_sym_description);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1722:
      ACCEPT_TOKEN(anon_sym_u4f9du636e);
      END_STATE();
    case 1723:
      ACCEPT_TOKEN(anon_sym_u4f9du636e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1724:
      ACCEPT_TOKEN(anon_sym_basis);
      END_STATE();
    case 1725:
      ACCEPT_TOKEN(anon_sym_basis);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1726:
      ACCEPT_TOKEN(anon_sym_u6307u6807u6027u8d28);
      END_STATE();
    case 1727:
      ACCEPT_TOKEN(anon_sym_u6307u6807u6027u8d28);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1728:
      ACCEPT_TOKEN(anon_sym_nature);
      END_STATE();
    case 1729:
      ACCEPT_TOKEN(anon_sym_nature);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1730:
      ACCEPT_TOKEN(anon_sym_u8ba1u91cfu5355u4f4d);
      END_STATE();
    case 1731:
      ACCEPT_TOKEN(anon_sym_u8ba1u91cfu5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1732:
      ACCEPT_TOKEN(anon_sym_measure_unit);
      END_STATE();
    case 1733:
      ACCEPT_TOKEN(anon_sym_measure_unit);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1734:
      ACCEPT_TOKEN(anon_sym_u5206u503c);
      END_STATE();
    case 1735:
      ACCEPT_TOKEN(anon_sym_u5206u503c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1736:
      ACCEPT_TOKEN(anon_sym_weight);
      END_STATE();
    case 1737:
      ACCEPT_TOKEN(anon_sym_weight);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1738:
      ACCEPT_TOKEN(sym_comparator);
      END_STATE();
    case 1739:
      ACCEPT_TOKEN(sym_comparator);
      if (lookahead == '=') ADVANCE(1738);
      END_STATE();
    case 1740:
      ACCEPT_TOKEN(sym_comparator);
      if (lookahead == 0xff1d) ADVANCE(1738);
      END_STATE();
    case 1741:
      ACCEPT_TOKEN(sym_placeholder);
      END_STATE();
    case 1742:
      ACCEPT_TOKEN(sym_deadline);
      END_STATE();
    case 1743:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x4e4b) ADVANCE(1336);
      if (lookahead == 0x4ee5) ADVANCE(1336);
      if (lookahead == 0x524d) ADVANCE(1747);
      if (lookahead == 0x5b8c) ADVANCE(1357);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(612);
      END_STATE();
    case 1744:
      ACCEPT_TOKEN(sym_deadline);
      ADVANCE_MAP(
        0x4e4b, 1336,
        0x4ee5, 1336,
        0x524d, 1747,
        0x5b8c, 1357,
        ' ', 613,
        0x3000, 613,
        0x5e95, 1743,
        0x672b, 1743,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1381);
      END_STATE();
    case 1745:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x4e4b) ADVANCE(640);
      if (lookahead == 0x4ee5) ADVANCE(640);
      if (lookahead == 0x524d) ADVANCE(1748);
      if (lookahead == 0x5b8c) ADVANCE(667);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(612);
      END_STATE();
    case 1746:
      ACCEPT_TOKEN(sym_deadline);
      ADVANCE_MAP(
        0x4e4b, 640,
        0x4ee5, 640,
        0x524d, 1748,
        0x5b8c, 667,
        ' ', 613,
        0x3000, 613,
        0x5e95, 1745,
        0x672b, 1745,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(692);
      END_STATE();
    case 1747:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x5b8c) ADVANCE(1357);
      END_STATE();
    case 1748:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x5b8c) ADVANCE(667);
      END_STATE();
    case 1749:
      ACCEPT_TOKEN(anon_sym_u81eau8bc4);
      END_STATE();
    case 1750:
      ACCEPT_TOKEN(anon_sym_u81eau8bc4);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1751:
      ACCEPT_TOKEN(anon_sym_self_evaluation);
      END_STATE();
    case 1752:
      ACCEPT_TOKEN(anon_sym_self_evaluation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1753:
      ACCEPT_TOKEN(anon_sym_u8d44u91d1);
      END_STATE();
    case 1754:
      ACCEPT_TOKEN(anon_sym_u8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1755:
      ACCEPT_TOKEN(anon_sym_funds);
      END_STATE();
    case 1756:
      ACCEPT_TOKEN(anon_sym_funds);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1757:
      ACCEPT_TOKEN(anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e);
      END_STATE();
    case 1758:
      ACCEPT_TOKEN(anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1759:
      ACCEPT_TOKEN(anon_sym_current_appropriation);
      END_STATE();
    case 1760:
      ACCEPT_TOKEN(anon_sym_current_appropriation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1761:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74u7ed3u8f6c);
      END_STATE();
    case 1762:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74u7ed3u8f6c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1763:
      ACCEPT_TOKEN(anon_sym_carried_over);
      END_STATE();
    case 1764:
      ACCEPT_TOKEN(anon_sym_carried_over);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1765:
      ACCEPT_TOKEN(anon_sym_u5e74u521du9884u7b97u6570);
      END_STATE();
    case 1766:
      ACCEPT_TOKEN(anon_sym_u5e74u521du9884u7b97u6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1767:
      ACCEPT_TOKEN(anon_sym_initial_budget);
      END_STATE();
    case 1768:
      ACCEPT_TOKEN(anon_sym_initial_budget);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1769:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u9884u7b97u6570);
      END_STATE();
    case 1770:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u9884u7b97u6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1771:
      ACCEPT_TOKEN(anon_sym_full_year_budget);
      END_STATE();
    case 1772:
      ACCEPT_TOKEN(anon_sym_full_year_budget);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1773:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u6267u884cu6570);
      END_STATE();
    case 1774:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u6267u884cu6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1775:
      ACCEPT_TOKEN(anon_sym_executed);
      END_STATE();
    case 1776:
      ACCEPT_TOKEN(anon_sym_executed);
      if (lookahead == '_') ADVANCE(1248);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1777:
      ACCEPT_TOKEN(anon_sym_executed);
      if (lookahead == '_') ADVANCE(537);
      END_STATE();
    case 1778:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210u60c5u51b5);
      END_STATE();
    case 1779:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210u60c5u51b5);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1780:
      ACCEPT_TOKEN(anon_sym_achieved);
      END_STATE();
    case 1781:
      ACCEPT_TOKEN(anon_sym_achieved);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1782:
      ACCEPT_TOKEN(anon_sym_u5b9eu9645);
      END_STATE();
    case 1783:
      ACCEPT_TOKEN(anon_sym_u5b9eu9645);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1784:
      ACCEPT_TOKEN(anon_sym_actual);
      END_STATE();
    case 1785:
      ACCEPT_TOKEN(anon_sym_actual);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1786:
      ACCEPT_TOKEN(anon_sym_u5f97u5206);
      END_STATE();
    case 1787:
      ACCEPT_TOKEN(anon_sym_u5f97u5206);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1788:
      ACCEPT_TOKEN(anon_sym_score);
      END_STATE();
    case 1789:
      ACCEPT_TOKEN(anon_sym_score);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1790:
      ACCEPT_TOKEN(anon_sym_u504fu5dee);
      END_STATE();
    case 1791:
      ACCEPT_TOKEN(anon_sym_u504fu5dee);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1792:
      ACCEPT_TOKEN(anon_sym_deviation);
      END_STATE();
    case 1793:
      ACCEPT_TOKEN(anon_sym_deviation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1794:
      ACCEPT_TOKEN(anon_sym_u76d1u63a7);
      END_STATE();
    case 1795:
      ACCEPT_TOKEN(anon_sym_u76d1u63a7);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1796:
      ACCEPT_TOKEN(anon_sym_monitoring);
      END_STATE();
    case 1797:
      ACCEPT_TOKEN(anon_sym_monitoring);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1798:
      ACCEPT_TOKEN(anon_sym_u622au81f3);
      END_STATE();
    case 1799:
      ACCEPT_TOKEN(anon_sym_u622au81f3);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1800:
      ACCEPT_TOKEN(anon_sym_as_of);
      END_STATE();
    case 1801:
      ACCEPT_TOKEN(anon_sym_as_of);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1802:
      ACCEPT_TOKEN(anon_sym_u6267u884cu6570);
      END_STATE();
    case 1803:
      ACCEPT_TOKEN(anon_sym_u6267u884cu6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1804:
      ACCEPT_TOKEN(anon_sym_executed_to_date);
      END_STATE();
    case 1805:
      ACCEPT_TOKEN(anon_sym_executed_to_date);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1806:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1u6267u884cu6570);
      END_STATE();
    case 1807:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1u6267u884cu6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1808:
      ACCEPT_TOKEN(anon_sym_forecast_executed);
      END_STATE();
    case 1809:
      ACCEPT_TOKEN(anon_sym_forecast_executed);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1810:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      END_STATE();
    case 1811:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      if (lookahead == 0x60c5) ADVANCE(1328);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1812:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      if (lookahead == 0x60c5) ADVANCE(631);
      END_STATE();
    case 1813:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1814:
      ACCEPT_TOKEN(anon_sym_done);
      END_STATE();
    case 1815:
      ACCEPT_TOKEN(anon_sym_done);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1816:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1);
      END_STATE();
    case 1817:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1818:
      ACCEPT_TOKEN(anon_sym_forecast);
      END_STATE();
    case 1819:
      ACCEPT_TOKEN(anon_sym_forecast);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1820:
      ACCEPT_TOKEN(anon_sym_u53efu80fdu6027);
      END_STATE();
    case 1821:
      ACCEPT_TOKEN(anon_sym_u53efu80fdu6027);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1822:
      ACCEPT_TOKEN(anon_sym_likelihood);
      END_STATE();
    case 1823:
      ACCEPT_TOKEN(anon_sym_likelihood);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1824:
      ACCEPT_TOKEN(anon_sym_u7ea0u504f);
      END_STATE();
    case 1825:
      ACCEPT_TOKEN(anon_sym_u7ea0u504f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1826:
      ACCEPT_TOKEN(anon_sym_correction);
      END_STATE();
    case 1827:
      ACCEPT_TOKEN(anon_sym_correction);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1828:
      ACCEPT_TOKEN(anon_sym_u6307u6807u5e93);
      END_STATE();
    case 1829:
      ACCEPT_TOKEN(anon_sym_u6307u6807u5e93);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1830:
      ACCEPT_TOKEN(anon_sym_library);
      END_STATE();
    case 1831:
      ACCEPT_TOKEN(anon_sym_library);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1832:
      ACCEPT_TOKEN(anon_sym_u7c7bu522b);
      END_STATE();
    case 1833:
      ACCEPT_TOKEN(anon_sym_u7c7bu522b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1834:
      ACCEPT_TOKEN(anon_sym_category);
      END_STATE();
    case 1835:
      ACCEPT_TOKEN(anon_sym_category);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1836:
      ACCEPT_TOKEN(anon_sym_u8ba1u7b97u516cu5f0f);
      END_STATE();
    case 1837:
      ACCEPT_TOKEN(anon_sym_u8ba1u7b97u516cu5f0f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1838:
      ACCEPT_TOKEN(anon_sym_formula);
      END_STATE();
    case 1839:
      ACCEPT_TOKEN(anon_sym_formula);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1840:
      ACCEPT_TOKEN(anon_sym_u53c2u8003u503c);
      END_STATE();
    case 1841:
      ACCEPT_TOKEN(anon_sym_u53c2u8003u503c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1842:
      ACCEPT_TOKEN(anon_sym_reference);
      END_STATE();
    case 1843:
      ACCEPT_TOKEN(anon_sym_reference);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1844:
      ACCEPT_TOKEN(anon_sym_u6838u5fc3);
      END_STATE();
    case 1845:
      ACCEPT_TOKEN(anon_sym_u6838u5fc3);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1846:
      ACCEPT_TOKEN(anon_sym_core);
      END_STATE();
    case 1847:
      ACCEPT_TOKEN(anon_sym_core);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1848:
      ACCEPT_TOKEN(anon_sym_u9002u7528);
      END_STATE();
    case 1849:
      ACCEPT_TOKEN(anon_sym_u9002u7528);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    case 1850:
      ACCEPT_TOKEN(anon_sym_applies_to);
      END_STATE();
    case 1851:
      ACCEPT_TOKEN(anon_sym_applies_to);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1450);
      END_STATE();
    default:
      return false;
  }
}

static bool ts_lex_keywords(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      ADVANCE_MAP(
        'a', 1,
        'b', 2,
        'd', 3,
        'f', 4,
        'i', 5,
        'l', 6,
        'm', 7,
        'n', 8,
        'o', 9,
        'p', 10,
        'r', 11,
        's', 12,
        't', 13,
        'u', 14,
        'v', 15,
        'w', 16,
        0x4e2d, 17,
        0x4e3b, 18,
        0x4fdd, 19,
        0x5176, 20,
        0x5206, 21,
        0x529f, 22,
        0x5355, 23,
        0x53ef, 24,
        0x586b, 25,
        0x5907, 26,
        0x5b9e, 27,
        0x5ba1, 28,
        0x5c65, 29,
        0x5fc5, 30,
        0x603b, 31,
        0x6307, 32,
        0x652f, 33,
        0x660e, 34,
        0x6807, 35,
        0x7528, 36,
        0x7acb, 37,
        0x8054, 38,
        0x90e8, 39,
        0x957f, 40,
        0x9879, 41,
        0x9884, 42,
      );
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) SKIP(0);
      END_STATE();
    case 1:
      if (lookahead == 'p') ADVANCE(43);
      if (lookahead == 't') ADVANCE(44);
      END_STATE();
    case 2:
      if (lookahead == 'r') ADVANCE(45);
      if (lookahead == 'u') ADVANCE(46);
      END_STATE();
    case 3:
      if (lookahead == 'e') ADVANCE(47);
      if (lookahead == 'i') ADVANCE(48);
      if (lookahead == 'u') ADVANCE(49);
      END_STATE();
    case 4:
      if (lookahead == 'e') ADVANCE(50);
      if (lookahead == 'i') ADVANCE(51);
      if (lookahead == 'u') ADVANCE(52);
      END_STATE();
    case 5:
      if (lookahead == 'm') ADVANCE(53);
      END_STATE();
    case 6:
      if (lookahead == 'o') ADVANCE(54);
      END_STATE();
    case 7:
      if (lookahead == 'a') ADVANCE(55);
      if (lookahead == 'e') ADVANCE(56);
      if (lookahead == 'i') ADVANCE(57);
      END_STATE();
    case 8:
      if (lookahead == 'e') ADVANCE(58);
      END_STATE();
    case 9:
      if (lookahead == 'v') ADVANCE(59);
      END_STATE();
    case 10:
      if (lookahead == 'e') ADVANCE(60);
      if (lookahead == 'h') ADVANCE(61);
      if (lookahead == 'l') ADVANCE(62);
      if (lookahead == 'r') ADVANCE(63);
      END_STATE();
    case 11:
      if (lookahead == 'e') ADVANCE(64);
      END_STATE();
    case 12:
      if (lookahead == 'c') ADVANCE(65);
      if (lookahead == 'u') ADVANCE(66);
      END_STATE();
    case 13:
      if (lookahead == 'i') ADVANCE(67);
      END_STATE();
    case 14:
      if (lookahead == 'n') ADVANCE(68);
      if (lookahead == 's') ADVANCE(69);
      END_STATE();
    case 15:
      if (lookahead == 'a') ADVANCE(70);
      END_STATE();
    case 16:
      if (lookahead == 'h') ADVANCE(71);
      END_STATE();
    case 17:
      if (lookahead == 0x671f) ADVANCE(72);
      END_STATE();
    case 18:
      if (lookahead == 0x7ba1) ADVANCE(73);
      END_STATE();
    case 19:
      if (lookahead == 0x969c) ADVANCE(74);
      END_STATE();
    case 20:
      if (lookahead == 0x4ed6) ADVANCE(75);
      END_STATE();
    case 21:
      if (lookahead == 0x9879) ADVANCE(76);
      END_STATE();
    case 22:
      if (lookahead == 0x80fd) ADVANCE(77);
      END_STATE();
    case 23:
      if (lookahead == 0x4f4d) ADVANCE(78);
      END_STATE();
    case 24:
      if (lookahead == 0x884c) ADVANCE(79);
      END_STATE();
    case 25:
      if (lookahead == 0x62a5) ADVANCE(80);
      END_STATE();
    case 26:
      if (lookahead == 0x6ce8) ADVANCE(81);
      END_STATE();
    case 27:
      if (lookahead == 0x65bd) ADVANCE(82);
      END_STATE();
    case 28:
      if (lookahead == 0x6838) ADVANCE(83);
      END_STATE();
    case 29:
      if (lookahead == 0x804c) ADVANCE(84);
      END_STATE();
    case 30:
      if (lookahead == 0x8981) ADVANCE(85);
      END_STATE();
    case 31:
      if (lookahead == 0x4f53) ADVANCE(86);
      END_STATE();
    case 32:
      if (lookahead == 0x6807) ADVANCE(87);
      END_STATE();
    case 33:
      if (lookahead == 0x51fa) ADVANCE(88);
      END_STATE();
    case 34:
      if (lookahead == 0x7ec6) ADVANCE(89);
      END_STATE();
    case 35:
      if (lookahead == 0x9898) ADVANCE(90);
      END_STATE();
    case 36:
      if (lookahead == 0x9014) ADVANCE(91);
      END_STATE();
    case 37:
      if (lookahead == 0x9879) ADVANCE(92);
      END_STATE();
    case 38:
      if (lookahead == 0x7cfb) ADVANCE(93);
      END_STATE();
    case 39:
      if (lookahead == 0x95e8) ADVANCE(94);
      END_STATE();
    case 40:
      if (lookahead == 0x671f) ADVANCE(95);
      END_STATE();
    case 41:
      if (lookahead == 0x76ee) ADVANCE(96);
      END_STATE();
    case 42:
      if (lookahead == 0x7b97) ADVANCE(97);
      END_STATE();
    case 43:
      if (lookahead == 'p') ADVANCE(98);
      END_STATE();
    case 44:
      if (lookahead == 't') ADVANCE(99);
      END_STATE();
    case 45:
      if (lookahead == 'e') ADVANCE(100);
      END_STATE();
    case 46:
      if (lookahead == 'd') ADVANCE(101);
      END_STATE();
    case 47:
      if (lookahead == 'p') ADVANCE(102);
      END_STATE();
    case 48:
      if (lookahead == 'r') ADVANCE(103);
      END_STATE();
    case 49:
      if (lookahead == 't') ADVANCE(104);
      END_STATE();
    case 50:
      if (lookahead == 'a') ADVANCE(105);
      END_STATE();
    case 51:
      if (lookahead == 'l') ADVANCE(106);
      END_STATE();
    case 52:
      if (lookahead == 'n') ADVANCE(107);
      END_STATE();
    case 53:
      if (lookahead == 'p') ADVANCE(108);
      END_STATE();
    case 54:
      if (lookahead == 'n') ADVANCE(109);
      END_STATE();
    case 55:
      if (lookahead == 'n') ADVANCE(110);
      END_STATE();
    case 56:
      if (lookahead == 'a') ADVANCE(111);
      END_STATE();
    case 57:
      if (lookahead == 'd') ADVANCE(112);
      END_STATE();
    case 58:
      if (lookahead == 'c') ADVANCE(113);
      END_STATE();
    case 59:
      if (lookahead == 'e') ADVANCE(114);
      END_STATE();
    case 60:
      if (lookahead == 'r') ADVANCE(115);
      END_STATE();
    case 61:
      if (lookahead == 'o') ADVANCE(116);
      END_STATE();
    case 62:
      if (lookahead == 'a') ADVANCE(117);
      END_STATE();
    case 63:
      if (lookahead == 'o') ADVANCE(118);
      END_STATE();
    case 64:
      if (lookahead == 'm') ADVANCE(119);
      if (lookahead == 'v') ADVANCE(120);
      END_STATE();
    case 65:
      if (lookahead == 'h') ADVANCE(121);
      END_STATE();
    case 66:
      if (lookahead == 'b') ADVANCE(122);
      if (lookahead == 'p') ADVANCE(123);
      END_STATE();
    case 67:
      if (lookahead == 't') ADVANCE(124);
      END_STATE();
    case 68:
      if (lookahead == 'i') ADVANCE(125);
      END_STATE();
    case 69:
      if (lookahead == 'e') ADVANCE(126);
      END_STATE();
    case 70:
      if (lookahead == 'l') ADVANCE(127);
      END_STATE();
    case 71:
      if (lookahead == 'o') ADVANCE(128);
      END_STATE();
    case 72:
      if (lookahead == 0x76ee) ADVANCE(129);
      if (lookahead == 0x8d44) ADVANCE(130);
      END_STATE();
    case 73:
      if (lookahead == 0x90e8) ADVANCE(131);
      END_STATE();
    case 74:
      if (lookahead == 0x63aa) ADVANCE(132);
      END_STATE();
    case 75:
      if (lookahead == 0x8bf4) ADVANCE(133);
      END_STATE();
    case 76:
      if (lookahead == 0x76ee) ADVANCE(134);
      END_STATE();
    case 77:
      if (lookahead == 0x79d1) ADVANCE(135);
      END_STATE();
    case 78:
      if (lookahead == 0x804c) ADVANCE(136);
      if (lookahead == 0x8d1f) ADVANCE(137);
      END_STATE();
    case 79:
      if (lookahead == 0x6027) ADVANCE(138);
      END_STATE();
    case 80:
      if (lookahead == 0x4eba) ADVANCE(139);
      if (lookahead == 0x5355) ADVANCE(140);
      if (lookahead == 0x65e5) ADVANCE(141);
      END_STATE();
    case 81:
      ACCEPT_TOKEN(anon_sym_u5907u6ce8);
      END_STATE();
    case 82:
      if (lookahead == 0x5355) ADVANCE(142);
      if (lookahead == 0x8ba1) ADVANCE(143);
      END_STATE();
    case 83:
      if (lookahead == 0x610f) ADVANCE(144);
      END_STATE();
    case 84:
      if (lookahead == 0x76ee) ADVANCE(145);
      END_STATE();
    case 85:
      if (lookahead == 0x6027) ADVANCE(146);
      END_STATE();
    case 86:
      if (lookahead == 0x76ee) ADVANCE(147);
      END_STATE();
    case 87:
      if (lookahead == 0x503c) ADVANCE(148);
      if (lookahead == 0x65b9) ADVANCE(149);
      END_STATE();
    case 88:
      if (lookahead == 0x8ba1) ADVANCE(150);
      END_STATE();
    case 89:
      ACCEPT_TOKEN(anon_sym_u660eu7ec6);
      END_STATE();
    case 90:
      ACCEPT_TOKEN(anon_sym_u6807u9898);
      END_STATE();
    case 91:
      ACCEPT_TOKEN(anon_sym_u7528u9014);
      END_STATE();
    case 92:
      if (lookahead == 0x4f9d) ADVANCE(151);
      END_STATE();
    case 93:
      if (lookahead == 0x7535) ADVANCE(152);
      END_STATE();
    case 94:
      if (lookahead == 0x6574) ADVANCE(153);
      if (lookahead == 0x7f16) ADVANCE(154);
      END_STATE();
    case 95:
      if (lookahead == 0x76ee) ADVANCE(155);
      END_STATE();
    case 96:
      if (lookahead == 0x5c5e) ADVANCE(156);
      if (lookahead == 0x671f) ADVANCE(157);
      if (lookahead == 0x6982) ADVANCE(158);
      if (lookahead == 0x7c7b) ADVANCE(159);
      if (lookahead == 0x8d1f) ADVANCE(160);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(anon_sym_u9884u7b97);
      END_STATE();
    case 98:
      if (lookahead == 'r') ADVANCE(161);
      END_STATE();
    case 99:
      if (lookahead == 'r') ADVANCE(162);
      END_STATE();
    case 100:
      if (lookahead == 'a') ADVANCE(163);
      END_STATE();
    case 101:
      if (lookahead == 'g') ADVANCE(164);
      END_STATE();
    case 102:
      if (lookahead == 'a') ADVANCE(165);
      END_STATE();
    case 103:
      if (lookahead == 'e') ADVANCE(166);
      END_STATE();
    case 104:
      if (lookahead == 'y') ADVANCE(167);
      END_STATE();
    case 105:
      if (lookahead == 's') ADVANCE(168);
      END_STATE();
    case 106:
      if (lookahead == 'e') ADVANCE(169);
      if (lookahead == 'i') ADVANCE(170);
      END_STATE();
    case 107:
      if (lookahead == 'c') ADVANCE(171);
      END_STATE();
    case 108:
      if (lookahead == 'l') ADVANCE(172);
      END_STATE();
    case 109:
      if (lookahead == 'g') ADVANCE(173);
      END_STATE();
    case 110:
      if (lookahead == 'a') ADVANCE(174);
      END_STATE();
    case 111:
      if (lookahead == 's') ADVANCE(175);
      END_STATE();
    case 112:
      if (lookahead == '_') ADVANCE(176);
      END_STATE();
    case 113:
      if (lookahead == 'e') ADVANCE(177);
      END_STATE();
    case 114:
      if (lookahead == 'r') ADVANCE(178);
      END_STATE();
    case 115:
      if (lookahead == 'i') ADVANCE(179);
      END_STATE();
    case 116:
      if (lookahead == 'n') ADVANCE(180);
      END_STATE();
    case 117:
      if (lookahead == 'n') ADVANCE(181);
      END_STATE();
    case 118:
      if (lookahead == 'j') ADVANCE(182);
      END_STATE();
    case 119:
      if (lookahead == 'a') ADVANCE(183);
      END_STATE();
    case 120:
      if (lookahead == 'i') ADVANCE(184);
      END_STATE();
    case 121:
      if (lookahead == 'e') ADVANCE(185);
      END_STATE();
    case 122:
      if (lookahead == '_') ADVANCE(186);
      END_STATE();
    case 123:
      if (lookahead == 'e') ADVANCE(187);
      END_STATE();
    case 124:
      if (lookahead == 'l') ADVANCE(188);
      END_STATE();
    case 125:
      if (lookahead == 't') ADVANCE(189);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_use);
      END_STATE();
    case 127:
      if (lookahead == 'u') ADVANCE(190);
      END_STATE();
    case 128:
      if (lookahead == 'l') ADVANCE(191);
      END_STATE();
    case 129:
      if (lookahead == 0x6807) ADVANCE(192);
      END_STATE();
    case 130:
      if (lookahead == 0x91d1) ADVANCE(193);
      END_STATE();
    case 131:
      if (lookahead == 0x95e8) ADVANCE(194);
      END_STATE();
    case 132:
      if (lookahead == 0x65bd) ADVANCE(195);
      END_STATE();
    case 133:
      if (lookahead == 0x660e) ADVANCE(196);
      END_STATE();
    case 134:
      if (lookahead == 0x6807) ADVANCE(197);
      END_STATE();
    case 135:
      if (lookahead == 0x76ee) ADVANCE(198);
      END_STATE();
    case 136:
      if (lookahead == 0x80fd) ADVANCE(199);
      END_STATE();
    case 137:
      if (lookahead == 0x8d23) ADVANCE(200);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_u53efu884cu6027);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_u586bu62a5u4eba);
      END_STATE();
    case 140:
      if (lookahead == 0x4f4d) ADVANCE(201);
      END_STATE();
    case 141:
      if (lookahead == 0x671f) ADVANCE(202);
      END_STATE();
    case 142:
      if (lookahead == 0x4f4d) ADVANCE(203);
      END_STATE();
    case 143:
      if (lookahead == 0x5212) ADVANCE(204);
      END_STATE();
    case 144:
      if (lookahead == 0x89c1) ADVANCE(205);
      END_STATE();
    case 145:
      if (lookahead == 0x6807) ADVANCE(206);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(anon_sym_u5fc5u8981u6027);
      END_STATE();
    case 147:
      if (lookahead == 0x6807) ADVANCE(207);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_u6307u6807u503c);
      END_STATE();
    case 149:
      if (lookahead == 0x5411) ADVANCE(208);
      END_STATE();
    case 150:
      if (lookahead == 0x5212) ADVANCE(209);
      END_STATE();
    case 151:
      if (lookahead == 0x636e) ADVANCE(210);
      END_STATE();
    case 152:
      if (lookahead == 0x8bdd) ADVANCE(211);
      END_STATE();
    case 153:
      if (lookahead == 0x4f53) ADVANCE(212);
      END_STATE();
    case 154:
      if (lookahead == 0x7801) ADVANCE(213);
      END_STATE();
    case 155:
      if (lookahead == 0x6807) ADVANCE(214);
      END_STATE();
    case 156:
      if (lookahead == 0x6027) ADVANCE(215);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu671f);
      END_STATE();
    case 158:
      if (lookahead == 0x51b5) ADVANCE(216);
      END_STATE();
    case 159:
      if (lookahead == 0x578b) ADVANCE(217);
      END_STATE();
    case 160:
      if (lookahead == 0x8d23) ADVANCE(218);
      END_STATE();
    case 161:
      if (lookahead == 'o') ADVANCE(219);
      END_STATE();
    case 162:
      if (lookahead == 'i') ADVANCE(220);
      END_STATE();
    case 163:
      if (lookahead == 'k') ADVANCE(221);
      END_STATE();
    case 164:
      if (lookahead == 'e') ADVANCE(222);
      END_STATE();
    case 165:
      if (lookahead == 'r') ADVANCE(223);
      END_STATE();
    case 166:
      if (lookahead == 'c') ADVANCE(224);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(anon_sym_duty);
      END_STATE();
    case 168:
      if (lookahead == 'i') ADVANCE(225);
      END_STATE();
    case 169:
      if (lookahead == 'd') ADVANCE(226);
      END_STATE();
    case 170:
      if (lookahead == 'n') ADVANCE(227);
      END_STATE();
    case 171:
      if (lookahead == 't') ADVANCE(228);
      END_STATE();
    case 172:
      if (lookahead == 'e') ADVANCE(229);
      END_STATE();
    case 173:
      if (lookahead == '_') ADVANCE(230);
      END_STATE();
    case 174:
      if (lookahead == 'g') ADVANCE(231);
      END_STATE();
    case 175:
      if (lookahead == 'u') ADVANCE(232);
      END_STATE();
    case 176:
      if (lookahead == 't') ADVANCE(233);
      END_STATE();
    case 177:
      if (lookahead == 's') ADVANCE(234);
      END_STATE();
    case 178:
      if (lookahead == 'a') ADVANCE(235);
      if (lookahead == 'v') ADVANCE(236);
      END_STATE();
    case 179:
      if (lookahead == 'o') ADVANCE(237);
      END_STATE();
    case 180:
      if (lookahead == 'e') ADVANCE(238);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(anon_sym_plan);
      END_STATE();
    case 182:
      if (lookahead == 'e') ADVANCE(239);
      END_STATE();
    case 183:
      if (lookahead == 'r') ADVANCE(240);
      END_STATE();
    case 184:
      if (lookahead == 'e') ADVANCE(241);
      END_STATE();
    case 185:
      if (lookahead == 'd') ADVANCE(242);
      END_STATE();
    case 186:
      if (lookahead == 'g') ADVANCE(243);
      END_STATE();
    case 187:
      if (lookahead == 'r') ADVANCE(244);
      END_STATE();
    case 188:
      if (lookahead == 'e') ADVANCE(245);
      END_STATE();
    case 189:
      if (lookahead == '_') ADVANCE(246);
      END_STATE();
    case 190:
      if (lookahead == 'e') ADVANCE(247);
      END_STATE();
    case 191:
      if (lookahead == 'e') ADVANCE(248);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(anon_sym_u4e2du671fu76eeu6807);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(anon_sym_u4e2du671fu8d44u91d1);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(anon_sym_u4e3bu7ba1u90e8u95e8);
      if (lookahead == 0x7f16) ADVANCE(249);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(anon_sym_u4fddu969cu63aau65bd);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(anon_sym_u5176u4ed6u8bf4u660e);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(anon_sym_u5206u9879u76eeu6807);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(anon_sym_u529fu80fdu79d1u76ee);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(anon_sym_u5355u4f4du804cu80fd);
      END_STATE();
    case 200:
      if (lookahead == 0x4eba) ADVANCE(250);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(anon_sym_u586bu62a5u5355u4f4d);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(anon_sym_u586bu62a5u65e5u671f);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(anon_sym_u5b9eu65bdu5355u4f4d);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(anon_sym_u5b9eu65bdu8ba1u5212);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u610fu89c1);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(anon_sym_u5c65u804cu76eeu6807);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(anon_sym_u603bu4f53u76eeu6807);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(anon_sym_u6307u6807u65b9u5411);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(anon_sym_u652fu51fau8ba1u5212);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(anon_sym_u7acbu9879u4f9du636e);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(anon_sym_u8054u7cfbu7535u8bdd);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8u6574u4f53);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8u7f16u7801);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(anon_sym_u957fu671fu76eeu6807);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu5c5eu6027);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu6982u51b5);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu7c7bu578b);
      END_STATE();
    case 218:
      if (lookahead == 0x4eba) ADVANCE(251);
      END_STATE();
    case 219:
      if (lookahead == 'v') ADVANCE(252);
      END_STATE();
    case 220:
      if (lookahead == 'b') ADVANCE(253);
      END_STATE();
    case 221:
      if (lookahead == 'd') ADVANCE(254);
      END_STATE();
    case 222:
      if (lookahead == 't') ADVANCE(255);
      END_STATE();
    case 223:
      if (lookahead == 't') ADVANCE(256);
      END_STATE();
    case 224:
      if (lookahead == 't') ADVANCE(257);
      END_STATE();
    case 225:
      if (lookahead == 'b') ADVANCE(258);
      END_STATE();
    case 226:
      if (lookahead == '_') ADVANCE(259);
      END_STATE();
    case 227:
      if (lookahead == 'g') ADVANCE(260);
      END_STATE();
    case 228:
      if (lookahead == 'i') ADVANCE(261);
      END_STATE();
    case 229:
      if (lookahead == 'm') ADVANCE(262);
      END_STATE();
    case 230:
      if (lookahead == 't') ADVANCE(263);
      END_STATE();
    case 231:
      if (lookahead == 'e') ADVANCE(264);
      END_STATE();
    case 232:
      if (lookahead == 'r') ADVANCE(265);
      END_STATE();
    case 233:
      if (lookahead == 'e') ADVANCE(266);
      END_STATE();
    case 234:
      if (lookahead == 's') ADVANCE(267);
      END_STATE();
    case 235:
      if (lookahead == 'l') ADVANCE(268);
      END_STATE();
    case 236:
      if (lookahead == 'i') ADVANCE(269);
      END_STATE();
    case 237:
      if (lookahead == 'd') ADVANCE(270);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(anon_sym_phone);
      END_STATE();
    case 239:
      if (lookahead == 'c') ADVANCE(271);
      END_STATE();
    case 240:
      if (lookahead == 'k') ADVANCE(272);
      END_STATE();
    case 241:
      if (lookahead == 'w') ADVANCE(273);
      END_STATE();
    case 242:
      if (lookahead == 'u') ADVANCE(274);
      END_STATE();
    case 243:
      if (lookahead == 'o') ADVANCE(275);
      END_STATE();
    case 244:
      if (lookahead == 'v') ADVANCE(276);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(anon_sym_title);
      END_STATE();
    case 246:
      if (lookahead == 'f') ADVANCE(277);
      if (lookahead == 'h') ADVANCE(278);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(anon_sym_value);
      END_STATE();
    case 248:
      if (lookahead == '_') ADVANCE(279);
      END_STATE();
    case 249:
      if (lookahead == 0x7801) ADVANCE(280);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(anon_sym_u5355u4f4du8d1fu8d23u4eba);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu8d1fu8d23u4eba);
      END_STATE();
    case 252:
      if (lookahead == 'a') ADVANCE(281);
      END_STATE();
    case 253:
      if (lookahead == 'u') ADVANCE(282);
      END_STATE();
    case 254:
      if (lookahead == 'o') ADVANCE(283);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(anon_sym_budget);
      END_STATE();
    case 256:
      if (lookahead == 'm') ADVANCE(284);
      END_STATE();
    case 257:
      if (lookahead == 'i') ADVANCE(285);
      END_STATE();
    case 258:
      if (lookahead == 'i') ADVANCE(286);
      END_STATE();
    case 259:
      if (lookahead == 'b') ADVANCE(287);
      END_STATE();
    case 260:
      if (lookahead == '_') ADVANCE(288);
      END_STATE();
    case 261:
      if (lookahead == 'o') ADVANCE(289);
      END_STATE();
    case 262:
      if (lookahead == 'e') ADVANCE(290);
      END_STATE();
    case 263:
      if (lookahead == 'e') ADVANCE(291);
      END_STATE();
    case 264:
      if (lookahead == 'r') ADVANCE(292);
      END_STATE();
    case 265:
      if (lookahead == 'e') ADVANCE(293);
      END_STATE();
    case 266:
      if (lookahead == 'r') ADVANCE(294);
      END_STATE();
    case 267:
      if (lookahead == 'i') ADVANCE(295);
      END_STATE();
    case 268:
      if (lookahead == 'l') ADVANCE(296);
      END_STATE();
    case 269:
      if (lookahead == 'e') ADVANCE(297);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(anon_sym_period);
      END_STATE();
    case 271:
      if (lookahead == 't') ADVANCE(298);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(anon_sym_remark);
      if (lookahead == 's') ADVANCE(299);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(anon_sym_review);
      END_STATE();
    case 274:
      if (lookahead == 'l') ADVANCE(300);
      END_STATE();
    case 275:
      if (lookahead == 'a') ADVANCE(301);
      END_STATE();
    case 276:
      if (lookahead == 'i') ADVANCE(302);
      END_STATE();
    case 277:
      if (lookahead == 'u') ADVANCE(303);
      END_STATE();
    case 278:
      if (lookahead == 'e') ADVANCE(304);
      END_STATE();
    case 279:
      if (lookahead == 'd') ADVANCE(305);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801);
      END_STATE();
    case 281:
      if (lookahead == 'l') ADVANCE(306);
      END_STATE();
    case 282:
      if (lookahead == 't') ADVANCE(307);
      END_STATE();
    case 283:
      if (lookahead == 'w') ADVANCE(308);
      END_STATE();
    case 284:
      if (lookahead == 'e') ADVANCE(309);
      END_STATE();
    case 285:
      if (lookahead == 'o') ADVANCE(310);
      END_STATE();
    case 286:
      if (lookahead == 'l') ADVANCE(311);
      END_STATE();
    case 287:
      if (lookahead == 'y') ADVANCE(312);
      END_STATE();
    case 288:
      if (lookahead == 'd') ADVANCE(313);
      if (lookahead == 'u') ADVANCE(314);
      END_STATE();
    case 289:
      if (lookahead == 'n') ADVANCE(315);
      END_STATE();
    case 290:
      if (lookahead == 'n') ADVANCE(316);
      END_STATE();
    case 291:
      if (lookahead == 'r') ADVANCE(317);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(anon_sym_manager);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(anon_sym_measure);
      END_STATE();
    case 294:
      if (lookahead == 'm') ADVANCE(318);
      END_STATE();
    case 295:
      if (lookahead == 't') ADVANCE(319);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(anon_sym_overall);
      END_STATE();
    case 297:
      if (lookahead == 'w') ADVANCE(320);
      END_STATE();
    case 298:
      if (lookahead == '_') ADVANCE(321);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(anon_sym_remarks);
      END_STATE();
    case 300:
      if (lookahead == 'e') ADVANCE(322);
      END_STATE();
    case 301:
      if (lookahead == 'l') ADVANCE(323);
      END_STATE();
    case 302:
      if (lookahead == 's') ADVANCE(324);
      END_STATE();
    case 303:
      if (lookahead == 'n') ADVANCE(325);
      END_STATE();
    case 304:
      if (lookahead == 'a') ADVANCE(326);
      END_STATE();
    case 305:
      if (lookahead == 'e') ADVANCE(327);
      END_STATE();
    case 306:
      if (lookahead == '_') ADVANCE(328);
      END_STATE();
    case 307:
      if (lookahead == 'e') ADVANCE(329);
      END_STATE();
    case 308:
      if (lookahead == 'n') ADVANCE(330);
      END_STATE();
    case 309:
      if (lookahead == 'n') ADVANCE(331);
      END_STATE();
    case 310:
      if (lookahead == 'n') ADVANCE(332);
      END_STATE();
    case 311:
      if (lookahead == 'i') ADVANCE(333);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(anon_sym_filed_by);
      END_STATE();
    case 313:
      if (lookahead == 'a') ADVANCE(334);
      END_STATE();
    case 314:
      if (lookahead == 'n') ADVANCE(335);
      END_STATE();
    case 315:
      if (lookahead == '_') ADVANCE(336);
      END_STATE();
    case 316:
      if (lookahead == 't') ADVANCE(337);
      END_STATE();
    case 317:
      if (lookahead == 'm') ADVANCE(338);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(anon_sym_mid_term);
      if (lookahead == '_') ADVANCE(339);
      END_STATE();
    case 319:
      if (lookahead == 'y') ADVANCE(340);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(anon_sym_overview);
      END_STATE();
    case 321:
      if (lookahead == 't') ADVANCE(341);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(anon_sym_schedule);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(anon_sym_sub_goal);
      END_STATE();
    case 324:
      if (lookahead == 'o') ADVANCE(342);
      END_STATE();
    case 325:
      if (lookahead == 'c') ADVANCE(343);
      END_STATE();
    case 326:
      if (lookahead == 'd') ADVANCE(344);
      END_STATE();
    case 327:
      if (lookahead == 'p') ADVANCE(345);
      END_STATE();
    case 328:
      if (lookahead == 'b') ADVANCE(346);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(anon_sym_attribute);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(anon_sym_breakdown);
      END_STATE();
    case 331:
      if (lookahead == 't') ADVANCE(347);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(anon_sym_direction);
      END_STATE();
    case 333:
      if (lookahead == 't') ADVANCE(348);
      END_STATE();
    case 334:
      if (lookahead == 't') ADVANCE(349);
      END_STATE();
    case 335:
      if (lookahead == 'i') ADVANCE(350);
      END_STATE();
    case 336:
      if (lookahead == 'c') ADVANCE(351);
      END_STATE();
    case 337:
      if (lookahead == 'e') ADVANCE(352);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(anon_sym_long_term);
      END_STATE();
    case 339:
      if (lookahead == 'b') ADVANCE(353);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(anon_sym_necessity);
      END_STATE();
    case 341:
      if (lookahead == 'y') ADVANCE(354);
      END_STATE();
    case 342:
      if (lookahead == 'r') ADVANCE(355);
      END_STATE();
    case 343:
      if (lookahead == 't') ADVANCE(356);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(anon_sym_unit_head);
      END_STATE();
    case 345:
      if (lookahead == 'a') ADVANCE(357);
      END_STATE();
    case 346:
      if (lookahead == 'a') ADVANCE(358);
      END_STATE();
    case 347:
      if (lookahead == '_') ADVANCE(359);
      END_STATE();
    case 348:
      if (lookahead == 'y') ADVANCE(360);
      END_STATE();
    case 349:
      if (lookahead == 'e') ADVANCE(361);
      END_STATE();
    case 350:
      if (lookahead == 't') ADVANCE(362);
      END_STATE();
    case 351:
      if (lookahead == 'l') ADVANCE(363);
      END_STATE();
    case 352:
      if (lookahead == 'r') ADVANCE(364);
      END_STATE();
    case 353:
      if (lookahead == 'u') ADVANCE(365);
      END_STATE();
    case 354:
      if (lookahead == 'p') ADVANCE(366);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(anon_sym_supervisor);
      if (lookahead == '_') ADVANCE(367);
      END_STATE();
    case 356:
      if (lookahead == 'i') ADVANCE(368);
      END_STATE();
    case 357:
      if (lookahead == 'r') ADVANCE(369);
      END_STATE();
    case 358:
      if (lookahead == 's') ADVANCE(370);
      END_STATE();
    case 359:
      if (lookahead == 'c') ADVANCE(371);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(anon_sym_feasibility);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(anon_sym_filing_date);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(anon_sym_filing_unit);
      END_STATE();
    case 363:
      if (lookahead == 'a') ADVANCE(372);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(anon_sym_implementer);
      END_STATE();
    case 365:
      if (lookahead == 'd') ADVANCE(373);
      END_STATE();
    case 366:
      if (lookahead == 'e') ADVANCE(374);
      END_STATE();
    case 367:
      if (lookahead == 'c') ADVANCE(375);
      END_STATE();
    case 368:
      if (lookahead == 'o') ADVANCE(376);
      END_STATE();
    case 369:
      if (lookahead == 't') ADVANCE(377);
      END_STATE();
    case 370:
      if (lookahead == 'i') ADVANCE(378);
      END_STATE();
    case 371:
      if (lookahead == 'o') ADVANCE(379);
      END_STATE();
    case 372:
      if (lookahead == 's') ADVANCE(380);
      END_STATE();
    case 373:
      if (lookahead == 'g') ADVANCE(381);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(anon_sym_project_type);
      END_STATE();
    case 375:
      if (lookahead == 'o') ADVANCE(382);
      END_STATE();
    case 376:
      if (lookahead == 'n') ADVANCE(383);
      END_STATE();
    case 377:
      if (lookahead == 'm') ADVANCE(384);
      END_STATE();
    case 378:
      if (lookahead == 's') ADVANCE(385);
      END_STATE();
    case 379:
      if (lookahead == 'd') ADVANCE(386);
      END_STATE();
    case 380:
      if (lookahead == 's') ADVANCE(387);
      END_STATE();
    case 381:
      if (lookahead == 'e') ADVANCE(388);
      END_STATE();
    case 382:
      if (lookahead == 'd') ADVANCE(389);
      END_STATE();
    case 383:
      if (lookahead == 's') ADVANCE(390);
      END_STATE();
    case 384:
      if (lookahead == 'e') ADVANCE(391);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(anon_sym_approval_basis);
      END_STATE();
    case 386:
      if (lookahead == 'e') ADVANCE(392);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(anon_sym_function_class);
      END_STATE();
    case 388:
      if (lookahead == 't') ADVANCE(393);
      END_STATE();
    case 389:
      if (lookahead == 'e') ADVANCE(394);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(anon_sym_unit_functions);
      END_STATE();
    case 391:
      if (lookahead == 'n') ADVANCE(395);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(anon_sym_department_code);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(anon_sym_mid_term_budget);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(anon_sym_supervisor_code);
      END_STATE();
    case 395:
      if (lookahead == 't') ADVANCE(396);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(anon_sym_whole_department);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 772, .external_lex_state = 2},
  [2] = {.lex_state = 15, .external_lex_state = 2},
  [3] = {.lex_state = 15, .external_lex_state = 2},
  [4] = {.lex_state = 15, .external_lex_state = 2},
  [5] = {.lex_state = 15, .external_lex_state = 2},
  [6] = {.lex_state = 15, .external_lex_state = 2},
  [7] = {.lex_state = 15, .external_lex_state = 2},
  [8] = {.lex_state = 15, .external_lex_state = 2},
  [9] = {.lex_state = 15, .external_lex_state = 2},
  [10] = {.lex_state = 15, .external_lex_state = 2},
  [11] = {.lex_state = 15, .external_lex_state = 2},
  [12] = {.lex_state = 15, .external_lex_state = 2},
  [13] = {.lex_state = 15, .external_lex_state = 2},
  [14] = {.lex_state = 4, .external_lex_state = 2},
  [15] = {.lex_state = 772, .external_lex_state = 2},
  [16] = {.lex_state = 772, .external_lex_state = 2},
  [17] = {.lex_state = 5, .external_lex_state = 3},
  [18] = {.lex_state = 5, .external_lex_state = 3},
  [19] = {.lex_state = 5, .external_lex_state = 3},
  [20] = {.lex_state = 5, .external_lex_state = 3},
  [21] = {.lex_state = 5, .external_lex_state = 3},
  [22] = {.lex_state = 5, .external_lex_state = 3},
  [23] = {.lex_state = 5, .external_lex_state = 3},
  [24] = {.lex_state = 5, .external_lex_state = 3},
  [25] = {.lex_state = 5, .external_lex_state = 3},
  [26] = {.lex_state = 5, .external_lex_state = 3},
  [27] = {.lex_state = 5, .external_lex_state = 3},
  [28] = {.lex_state = 12, .external_lex_state = 2},
  [29] = {.lex_state = 12, .external_lex_state = 2},
  [30] = {.lex_state = 12, .external_lex_state = 2},
  [31] = {.lex_state = 12, .external_lex_state = 2},
  [32] = {.lex_state = 12, .external_lex_state = 2},
  [33] = {.lex_state = 12, .external_lex_state = 2},
  [34] = {.lex_state = 13, .external_lex_state = 2},
  [35] = {.lex_state = 14, .external_lex_state = 2},
  [36] = {.lex_state = 14, .external_lex_state = 2},
  [37] = {.lex_state = 14, .external_lex_state = 2},
  [38] = {.lex_state = 14, .external_lex_state = 2},
  [39] = {.lex_state = 14, .external_lex_state = 2},
  [40] = {.lex_state = 14, .external_lex_state = 2},
  [41] = {.lex_state = 13, .external_lex_state = 2},
  [42] = {.lex_state = 13, .external_lex_state = 2},
  [43] = {.lex_state = 772, .external_lex_state = 4},
  [44] = {.lex_state = 772, .external_lex_state = 4},
  [45] = {.lex_state = 772, .external_lex_state = 4},
  [46] = {.lex_state = 772, .external_lex_state = 4},
  [47] = {.lex_state = 772, .external_lex_state = 4},
  [48] = {.lex_state = 772, .external_lex_state = 4},
  [49] = {.lex_state = 772, .external_lex_state = 2},
  [50] = {.lex_state = 772, .external_lex_state = 2},
  [51] = {.lex_state = 17, .external_lex_state = 5},
  [52] = {.lex_state = 17, .external_lex_state = 5},
  [53] = {.lex_state = 17, .external_lex_state = 5},
  [54] = {.lex_state = 772, .external_lex_state = 2},
  [55] = {.lex_state = 772, .external_lex_state = 2},
  [56] = {.lex_state = 17, .external_lex_state = 5},
  [57] = {.lex_state = 17, .external_lex_state = 5},
  [58] = {.lex_state = 17, .external_lex_state = 5},
  [59] = {.lex_state = 772, .external_lex_state = 2},
  [60] = {.lex_state = 772, .external_lex_state = 2},
  [61] = {.lex_state = 5, .external_lex_state = 6},
  [62] = {.lex_state = 5, .external_lex_state = 6},
  [63] = {.lex_state = 5, .external_lex_state = 6},
  [64] = {.lex_state = 5, .external_lex_state = 6},
  [65] = {.lex_state = 772, .external_lex_state = 2},
  [66] = {.lex_state = 772, .external_lex_state = 2},
  [67] = {.lex_state = 772, .external_lex_state = 2},
  [68] = {.lex_state = 772, .external_lex_state = 2},
  [69] = {.lex_state = 772, .external_lex_state = 2},
  [70] = {.lex_state = 5, .external_lex_state = 6},
  [71] = {.lex_state = 5, .external_lex_state = 6},
  [72] = {.lex_state = 5, .external_lex_state = 3},
  [73] = {.lex_state = 4, .external_lex_state = 2},
  [74] = {.lex_state = 4, .external_lex_state = 2},
  [75] = {.lex_state = 4, .external_lex_state = 2},
  [76] = {.lex_state = 5, .external_lex_state = 3},
  [77] = {.lex_state = 4, .external_lex_state = 2},
  [78] = {.lex_state = 772, .external_lex_state = 2},
  [79] = {.lex_state = 772, .external_lex_state = 2},
  [80] = {.lex_state = 772, .external_lex_state = 2},
  [81] = {.lex_state = 4, .external_lex_state = 2},
  [82] = {.lex_state = 4, .external_lex_state = 2},
  [83] = {.lex_state = 4, .external_lex_state = 2},
  [84] = {.lex_state = 4, .external_lex_state = 2},
  [85] = {.lex_state = 5, .external_lex_state = 3},
  [86] = {.lex_state = 5, .external_lex_state = 3},
  [87] = {.lex_state = 5, .external_lex_state = 3},
  [88] = {.lex_state = 5, .external_lex_state = 3},
  [89] = {.lex_state = 5, .external_lex_state = 3},
  [90] = {.lex_state = 5, .external_lex_state = 3},
  [91] = {.lex_state = 5, .external_lex_state = 3},
  [92] = {.lex_state = 5, .external_lex_state = 3},
  [93] = {.lex_state = 4, .external_lex_state = 2},
  [94] = {.lex_state = 5, .external_lex_state = 3},
  [95] = {.lex_state = 5, .external_lex_state = 3},
  [96] = {.lex_state = 5, .external_lex_state = 3},
  [97] = {.lex_state = 5, .external_lex_state = 3},
  [98] = {.lex_state = 5, .external_lex_state = 3},
  [99] = {.lex_state = 5, .external_lex_state = 3},
  [100] = {.lex_state = 5, .external_lex_state = 3},
  [101] = {.lex_state = 5, .external_lex_state = 3},
  [102] = {.lex_state = 5, .external_lex_state = 3},
  [103] = {.lex_state = 5, .external_lex_state = 3},
  [104] = {.lex_state = 5, .external_lex_state = 3},
  [105] = {.lex_state = 4, .external_lex_state = 2},
  [106] = {.lex_state = 4, .external_lex_state = 2},
  [107] = {.lex_state = 4, .external_lex_state = 2},
  [108] = {.lex_state = 772, .external_lex_state = 2},
  [109] = {.lex_state = 14, .external_lex_state = 2},
  [110] = {.lex_state = 772, .external_lex_state = 2},
  [111] = {.lex_state = 10, .external_lex_state = 2},
  [112] = {.lex_state = 10, .external_lex_state = 2},
  [113] = {.lex_state = 10, .external_lex_state = 2},
  [114] = {.lex_state = 10, .external_lex_state = 2},
  [115] = {.lex_state = 10, .external_lex_state = 2},
  [116] = {.lex_state = 10, .external_lex_state = 2},
  [117] = {.lex_state = 17, .external_lex_state = 2},
  [118] = {.lex_state = 7, .external_lex_state = 2},
  [119] = {.lex_state = 7, .external_lex_state = 2},
  [120] = {.lex_state = 17, .external_lex_state = 2},
  [121] = {.lex_state = 17, .external_lex_state = 2},
  [122] = {.lex_state = 772, .external_lex_state = 2},
  [123] = {.lex_state = 17, .external_lex_state = 2},
  [124] = {.lex_state = 7, .external_lex_state = 2},
  [125] = {.lex_state = 7, .external_lex_state = 2},
  [126] = {.lex_state = 7, .external_lex_state = 2},
  [127] = {.lex_state = 772, .external_lex_state = 2},
  [128] = {.lex_state = 7, .external_lex_state = 2},
  [129] = {.lex_state = 7, .external_lex_state = 2},
  [130] = {.lex_state = 772, .external_lex_state = 2},
  [131] = {.lex_state = 772, .external_lex_state = 2},
  [132] = {.lex_state = 772, .external_lex_state = 2},
  [133] = {.lex_state = 772, .external_lex_state = 2},
  [134] = {.lex_state = 17, .external_lex_state = 2},
  [135] = {.lex_state = 17, .external_lex_state = 2},
  [136] = {.lex_state = 772, .external_lex_state = 2},
  [137] = {.lex_state = 772, .external_lex_state = 2},
  [138] = {.lex_state = 772, .external_lex_state = 2},
  [139] = {.lex_state = 772, .external_lex_state = 2},
  [140] = {.lex_state = 17, .external_lex_state = 2},
  [141] = {.lex_state = 772, .external_lex_state = 2},
  [142] = {.lex_state = 772, .external_lex_state = 2},
  [143] = {.lex_state = 772, .external_lex_state = 2},
  [144] = {.lex_state = 772, .external_lex_state = 2},
  [145] = {.lex_state = 772, .external_lex_state = 2},
  [146] = {.lex_state = 772, .external_lex_state = 2},
  [147] = {.lex_state = 772, .external_lex_state = 2},
  [148] = {.lex_state = 772, .external_lex_state = 2},
  [149] = {.lex_state = 772, .external_lex_state = 2},
  [150] = {.lex_state = 772, .external_lex_state = 2},
  [151] = {.lex_state = 772, .external_lex_state = 2},
  [152] = {.lex_state = 772, .external_lex_state = 2},
  [153] = {.lex_state = 772, .external_lex_state = 2},
  [154] = {.lex_state = 772, .external_lex_state = 2},
  [155] = {.lex_state = 772, .external_lex_state = 2},
  [156] = {.lex_state = 772, .external_lex_state = 2},
  [157] = {.lex_state = 772, .external_lex_state = 2},
  [158] = {.lex_state = 772, .external_lex_state = 2},
  [159] = {.lex_state = 772, .external_lex_state = 2},
  [160] = {.lex_state = 772, .external_lex_state = 2},
  [161] = {.lex_state = 772, .external_lex_state = 2},
  [162] = {.lex_state = 772, .external_lex_state = 2},
  [163] = {.lex_state = 772, .external_lex_state = 2},
  [164] = {.lex_state = 772, .external_lex_state = 2},
  [165] = {.lex_state = 772, .external_lex_state = 2},
  [166] = {.lex_state = 772, .external_lex_state = 2},
  [167] = {.lex_state = 772, .external_lex_state = 2},
  [168] = {.lex_state = 772, .external_lex_state = 2},
  [169] = {.lex_state = 772, .external_lex_state = 2},
  [170] = {.lex_state = 772, .external_lex_state = 2},
  [171] = {.lex_state = 772, .external_lex_state = 2},
  [172] = {.lex_state = 772, .external_lex_state = 2},
  [173] = {.lex_state = 10, .external_lex_state = 2},
  [174] = {.lex_state = 772, .external_lex_state = 2},
  [175] = {.lex_state = 772, .external_lex_state = 2},
  [176] = {.lex_state = 772, .external_lex_state = 2},
  [177] = {.lex_state = 772, .external_lex_state = 2},
  [178] = {.lex_state = 772, .external_lex_state = 2},
  [179] = {.lex_state = 772, .external_lex_state = 2},
  [180] = {.lex_state = 772, .external_lex_state = 2},
  [181] = {.lex_state = 772, .external_lex_state = 2},
  [182] = {.lex_state = 772, .external_lex_state = 2},
  [183] = {.lex_state = 772, .external_lex_state = 2},
  [184] = {.lex_state = 772, .external_lex_state = 2},
  [185] = {.lex_state = 772, .external_lex_state = 2},
  [186] = {.lex_state = 772, .external_lex_state = 2},
  [187] = {.lex_state = 772, .external_lex_state = 2},
  [188] = {.lex_state = 9, .external_lex_state = 2},
  [189] = {.lex_state = 772, .external_lex_state = 2},
  [190] = {.lex_state = 772, .external_lex_state = 2},
  [191] = {.lex_state = 772, .external_lex_state = 2},
  [192] = {.lex_state = 772, .external_lex_state = 2},
  [193] = {.lex_state = 772, .external_lex_state = 2},
  [194] = {.lex_state = 8, .external_lex_state = 2},
  [195] = {.lex_state = 772, .external_lex_state = 2},
  [196] = {.lex_state = 8, .external_lex_state = 2},
  [197] = {.lex_state = 12, .external_lex_state = 2},
  [198] = {.lex_state = 9, .external_lex_state = 2},
  [199] = {.lex_state = 772, .external_lex_state = 2},
  [200] = {.lex_state = 12, .external_lex_state = 2},
  [201] = {.lex_state = 772, .external_lex_state = 2},
  [202] = {.lex_state = 772, .external_lex_state = 2},
  [203] = {.lex_state = 12, .external_lex_state = 2},
  [204] = {.lex_state = 772, .external_lex_state = 2},
  [205] = {.lex_state = 772},
  [206] = {.lex_state = 12, .external_lex_state = 5},
  [207] = {.lex_state = 12, .external_lex_state = 5},
  [208] = {.lex_state = 12, .external_lex_state = 5},
  [209] = {.lex_state = 9, .external_lex_state = 2},
  [210] = {.lex_state = 8, .external_lex_state = 2},
  [211] = {.lex_state = 11, .external_lex_state = 2},
  [212] = {.lex_state = 12, .external_lex_state = 5},
  [213] = {.lex_state = 12, .external_lex_state = 5},
  [214] = {.lex_state = 8, .external_lex_state = 2},
  [215] = {.lex_state = 8, .external_lex_state = 2},
  [216] = {.lex_state = 12, .external_lex_state = 5},
  [217] = {.lex_state = 772, .external_lex_state = 2},
  [218] = {.lex_state = 772, .external_lex_state = 2},
  [219] = {.lex_state = 772, .external_lex_state = 2},
  [220] = {.lex_state = 12, .external_lex_state = 2},
  [221] = {.lex_state = 12, .external_lex_state = 2},
  [222] = {.lex_state = 12, .external_lex_state = 2},
  [223] = {.lex_state = 12, .external_lex_state = 2},
  [224] = {.lex_state = 772, .external_lex_state = 2},
  [225] = {.lex_state = 772, .external_lex_state = 2},
  [226] = {.lex_state = 772, .external_lex_state = 2},
  [227] = {.lex_state = 772, .external_lex_state = 2},
  [228] = {.lex_state = 772, .external_lex_state = 2},
  [229] = {.lex_state = 772, .external_lex_state = 2},
  [230] = {.lex_state = 772, .external_lex_state = 2},
  [231] = {.lex_state = 772, .external_lex_state = 2},
  [232] = {.lex_state = 11},
  [233] = {.lex_state = 6, .external_lex_state = 7},
  [234] = {.lex_state = 6, .external_lex_state = 7},
  [235] = {.lex_state = 16, .external_lex_state = 2},
  [236] = {.lex_state = 6, .external_lex_state = 7},
  [237] = {.lex_state = 6, .external_lex_state = 7},
  [238] = {.lex_state = 16, .external_lex_state = 2},
  [239] = {.lex_state = 6, .external_lex_state = 7},
  [240] = {.lex_state = 6, .external_lex_state = 7},
  [241] = {.lex_state = 6, .external_lex_state = 7},
  [242] = {.lex_state = 772, .external_lex_state = 2},
  [243] = {.lex_state = 772},
  [244] = {.lex_state = 772, .external_lex_state = 2},
  [245] = {.lex_state = 772},
  [246] = {.lex_state = 772},
  [247] = {.lex_state = 772},
  [248] = {.lex_state = 772},
  [249] = {.lex_state = 772},
  [250] = {.lex_state = 772, .external_lex_state = 2},
  [251] = {.lex_state = 772},
  [252] = {.lex_state = 772, .external_lex_state = 2},
  [253] = {.lex_state = 772, .external_lex_state = 2},
  [254] = {.lex_state = 772, .external_lex_state = 2},
  [255] = {.lex_state = 772},
  [256] = {.lex_state = 13, .external_lex_state = 2},
  [257] = {.lex_state = 4, .external_lex_state = 2},
  [258] = {.lex_state = 13, .external_lex_state = 2},
  [259] = {.lex_state = 4, .external_lex_state = 2},
  [260] = {.lex_state = 4, .external_lex_state = 2},
  [261] = {.lex_state = 4, .external_lex_state = 2},
  [262] = {.lex_state = 4, .external_lex_state = 2},
  [263] = {.lex_state = 13, .external_lex_state = 2},
  [264] = {.lex_state = 13, .external_lex_state = 2},
  [265] = {.lex_state = 4, .external_lex_state = 2},
  [266] = {.lex_state = 4, .external_lex_state = 2},
  [267] = {.lex_state = 13, .external_lex_state = 2},
  [268] = {.lex_state = 4, .external_lex_state = 2},
  [269] = {.lex_state = 4, .external_lex_state = 2},
  [270] = {.lex_state = 772, .external_lex_state = 2},
  [271] = {.lex_state = 772, .external_lex_state = 2},
  [272] = {.lex_state = 4, .external_lex_state = 2},
  [273] = {.lex_state = 772},
  [274] = {.lex_state = 772},
  [275] = {.lex_state = 13, .external_lex_state = 2},
  [276] = {.lex_state = 4, .external_lex_state = 2},
  [277] = {.lex_state = 772, .external_lex_state = 2},
  [278] = {.lex_state = 4, .external_lex_state = 2},
  [279] = {.lex_state = 772},
  [280] = {.lex_state = 4},
  [281] = {.lex_state = 10, .external_lex_state = 2},
  [282] = {.lex_state = 18, .external_lex_state = 2},
  [283] = {.lex_state = 18, .external_lex_state = 2},
  [284] = {.lex_state = 4},
  [285] = {.lex_state = 10, .external_lex_state = 2},
  [286] = {.lex_state = 4},
  [287] = {.lex_state = 10, .external_lex_state = 2},
  [288] = {.lex_state = 18, .external_lex_state = 2},
  [289] = {.lex_state = 4},
  [290] = {.lex_state = 4},
  [291] = {.lex_state = 4},
  [292] = {.lex_state = 4},
  [293] = {.lex_state = 4, .external_lex_state = 2},
  [294] = {.lex_state = 10},
  [295] = {.lex_state = 772, .external_lex_state = 2},
  [296] = {.lex_state = 10, .external_lex_state = 2},
  [297] = {.lex_state = 772, .external_lex_state = 2},
  [298] = {.lex_state = 10, .external_lex_state = 2},
  [299] = {.lex_state = 772, .external_lex_state = 2},
  [300] = {.lex_state = 772, .external_lex_state = 2},
  [301] = {.lex_state = 772, .external_lex_state = 2},
  [302] = {.lex_state = 772, .external_lex_state = 2},
  [303] = {.lex_state = 772, .external_lex_state = 2},
  [304] = {.lex_state = 772, .external_lex_state = 2},
  [305] = {.lex_state = 772, .external_lex_state = 2},
  [306] = {.lex_state = 10},
  [307] = {.lex_state = 772, .external_lex_state = 2},
  [308] = {.lex_state = 772, .external_lex_state = 2},
  [309] = {.lex_state = 10, .external_lex_state = 2},
  [310] = {.lex_state = 772, .external_lex_state = 2},
  [311] = {.lex_state = 10},
  [312] = {.lex_state = 10},
  [313] = {.lex_state = 18, .external_lex_state = 2},
  [314] = {.lex_state = 772},
  [315] = {.lex_state = 18, .external_lex_state = 2},
  [316] = {.lex_state = 4},
  [317] = {.lex_state = 4},
  [318] = {.lex_state = 772},
  [319] = {.lex_state = 772},
  [320] = {.lex_state = 10},
  [321] = {.lex_state = 10},
  [322] = {.lex_state = 18, .external_lex_state = 2},
  [323] = {.lex_state = 772},
  [324] = {.lex_state = 18, .external_lex_state = 2},
  [325] = {.lex_state = 4, .external_lex_state = 8},
  [326] = {.lex_state = 4, .external_lex_state = 8},
  [327] = {.lex_state = 772},
  [328] = {.lex_state = 772},
  [329] = {.lex_state = 772},
  [330] = {.lex_state = 772},
  [331] = {.lex_state = 772},
  [332] = {.lex_state = 10},
  [333] = {.lex_state = 4},
  [334] = {.lex_state = 4, .external_lex_state = 8},
  [335] = {.lex_state = 772, .external_lex_state = 2},
  [336] = {.lex_state = 772, .external_lex_state = 2},
  [337] = {.lex_state = 772, .external_lex_state = 2},
  [338] = {.lex_state = 772, .external_lex_state = 2},
  [339] = {.lex_state = 772, .external_lex_state = 2},
  [340] = {.lex_state = 772, .external_lex_state = 2},
  [341] = {.lex_state = 772, .external_lex_state = 2},
  [342] = {.lex_state = 772, .external_lex_state = 2},
  [343] = {.lex_state = 772, .external_lex_state = 2},
  [344] = {.lex_state = 772, .external_lex_state = 2},
  [345] = {.lex_state = 772, .external_lex_state = 2},
  [346] = {.lex_state = 772, .external_lex_state = 2},
  [347] = {.lex_state = 772, .external_lex_state = 2},
  [348] = {.lex_state = 10},
  [349] = {.lex_state = 10},
  [350] = {.lex_state = 10},
  [351] = {.lex_state = 10},
  [352] = {.lex_state = 10},
  [353] = {.lex_state = 772, .external_lex_state = 2},
  [354] = {.lex_state = 772, .external_lex_state = 2},
  [355] = {.lex_state = 772, .external_lex_state = 2},
  [356] = {.lex_state = 10},
  [357] = {.lex_state = 3},
  [358] = {.lex_state = 3},
  [359] = {.lex_state = 4, .external_lex_state = 8},
  [360] = {.lex_state = 772, .external_lex_state = 2},
  [361] = {.lex_state = 772, .external_lex_state = 2},
  [362] = {.lex_state = 772, .external_lex_state = 2},
  [363] = {.lex_state = 772, .external_lex_state = 2},
  [364] = {.lex_state = 772, .external_lex_state = 2},
  [365] = {.lex_state = 10},
  [366] = {.lex_state = 10},
  [367] = {.lex_state = 772, .external_lex_state = 2},
  [368] = {.lex_state = 772, .external_lex_state = 2},
  [369] = {.lex_state = 772, .external_lex_state = 2},
  [370] = {.lex_state = 772, .external_lex_state = 2},
  [371] = {.lex_state = 10},
  [372] = {.lex_state = 772, .external_lex_state = 2},
  [373] = {.lex_state = 772, .external_lex_state = 2},
  [374] = {.lex_state = 772, .external_lex_state = 2},
  [375] = {.lex_state = 772, .external_lex_state = 2},
  [376] = {.lex_state = 772, .external_lex_state = 2},
  [377] = {.lex_state = 10},
  [378] = {.lex_state = 772, .external_lex_state = 2},
  [379] = {.lex_state = 772},
  [380] = {.lex_state = 772, .external_lex_state = 2},
  [381] = {.lex_state = 772, .external_lex_state = 2},
  [382] = {.lex_state = 772, .external_lex_state = 2},
  [383] = {.lex_state = 772, .external_lex_state = 2},
  [384] = {.lex_state = 772, .external_lex_state = 2},
  [385] = {.lex_state = 772, .external_lex_state = 2},
  [386] = {.lex_state = 772, .external_lex_state = 2},
  [387] = {.lex_state = 772, .external_lex_state = 2},
  [388] = {.lex_state = 772, .external_lex_state = 2},
  [389] = {.lex_state = 772, .external_lex_state = 2},
  [390] = {.lex_state = 772, .external_lex_state = 2},
  [391] = {.lex_state = 4, .external_lex_state = 8},
  [392] = {.lex_state = 10, .external_lex_state = 2},
  [393] = {.lex_state = 10},
  [394] = {.lex_state = 10},
  [395] = {.lex_state = 10},
  [396] = {.lex_state = 772, .external_lex_state = 2},
  [397] = {.lex_state = 772, .external_lex_state = 2},
  [398] = {.lex_state = 772, .external_lex_state = 2},
  [399] = {.lex_state = 772, .external_lex_state = 2},
  [400] = {.lex_state = 772, .external_lex_state = 2},
  [401] = {.lex_state = 772, .external_lex_state = 2},
  [402] = {.lex_state = 772, .external_lex_state = 2},
  [403] = {.lex_state = 772},
  [404] = {.lex_state = 772, .external_lex_state = 2},
  [405] = {.lex_state = 10},
  [406] = {.lex_state = 772, .external_lex_state = 2},
  [407] = {.lex_state = 772, .external_lex_state = 2},
  [408] = {.lex_state = 3},
  [409] = {.lex_state = 772, .external_lex_state = 2},
  [410] = {.lex_state = 772, .external_lex_state = 2},
  [411] = {.lex_state = 10, .external_lex_state = 2},
  [412] = {.lex_state = 10, .external_lex_state = 2},
  [413] = {.lex_state = 772},
  [414] = {.lex_state = 772, .external_lex_state = 2},
  [415] = {.lex_state = 3},
  [416] = {.lex_state = 3},
  [417] = {.lex_state = 772, .external_lex_state = 2},
  [418] = {.lex_state = 772, .external_lex_state = 2},
  [419] = {.lex_state = 3},
  [420] = {.lex_state = 3},
  [421] = {.lex_state = 3},
  [422] = {.lex_state = 3},
  [423] = {.lex_state = 3},
  [424] = {.lex_state = 3},
  [425] = {.lex_state = 3},
  [426] = {.lex_state = 3},
  [427] = {.lex_state = 3},
  [428] = {.lex_state = 3},
  [429] = {.lex_state = 3},
  [430] = {.lex_state = 3},
  [431] = {.lex_state = 3},
  [432] = {.lex_state = 3},
  [433] = {.lex_state = 3},
  [434] = {.lex_state = 3},
  [435] = {.lex_state = 3},
  [436] = {.lex_state = 3},
  [437] = {.lex_state = 4, .external_lex_state = 8},
  [438] = {.lex_state = 772},
  [439] = {.lex_state = 772},
  [440] = {.lex_state = 772},
  [441] = {.lex_state = 772},
  [442] = {.lex_state = 772},
  [443] = {.lex_state = 772, .external_lex_state = 2},
  [444] = {.lex_state = 772, .external_lex_state = 2},
  [445] = {.lex_state = 772},
  [446] = {.lex_state = 772},
  [447] = {.lex_state = 772},
  [448] = {.lex_state = 772, .external_lex_state = 2},
  [449] = {.lex_state = 772},
  [450] = {.lex_state = 772},
  [451] = {.lex_state = 772},
  [452] = {.lex_state = 772},
  [453] = {.lex_state = 772},
  [454] = {.lex_state = 772},
  [455] = {.lex_state = 772},
  [456] = {.lex_state = 772, .external_lex_state = 2},
  [457] = {.lex_state = 772},
  [458] = {.lex_state = 772},
  [459] = {.lex_state = 4},
  [460] = {.lex_state = 4},
  [461] = {.lex_state = 772},
  [462] = {.lex_state = 772},
  [463] = {.lex_state = 10, .external_lex_state = 2},
  [464] = {.lex_state = 772},
  [465] = {.lex_state = 772},
  [466] = {.lex_state = 19},
  [467] = {.lex_state = 772},
  [468] = {.lex_state = 772, .external_lex_state = 2},
  [469] = {.lex_state = 19},
  [470] = {.lex_state = 10, .external_lex_state = 2},
  [471] = {.lex_state = 772},
  [472] = {.lex_state = 772},
  [473] = {.lex_state = 10},
  [474] = {.lex_state = 772},
  [475] = {.lex_state = 772},
  [476] = {.lex_state = 772},
  [477] = {.lex_state = 772},
  [478] = {.lex_state = 772},
  [479] = {.lex_state = 772, .external_lex_state = 2},
  [480] = {.lex_state = 772},
  [481] = {.lex_state = 772},
  [482] = {.lex_state = 772},
  [483] = {.lex_state = 772, .external_lex_state = 2},
  [484] = {.lex_state = 772},
  [485] = {.lex_state = 772},
  [486] = {.lex_state = 772},
  [487] = {.lex_state = 772},
  [488] = {.lex_state = 772, .external_lex_state = 2},
  [489] = {.lex_state = 772, .external_lex_state = 2},
  [490] = {.lex_state = 772, .external_lex_state = 2},
  [491] = {.lex_state = 772, .external_lex_state = 2},
  [492] = {.lex_state = 772, .external_lex_state = 2},
  [493] = {.lex_state = 772, .external_lex_state = 2},
  [494] = {.lex_state = 10},
  [495] = {.lex_state = 4},
  [496] = {.lex_state = 4},
  [497] = {.lex_state = 772, .external_lex_state = 2},
  [498] = {.lex_state = 772, .external_lex_state = 2},
  [499] = {.lex_state = 772, .external_lex_state = 2},
  [500] = {.lex_state = 4},
  [501] = {.lex_state = 772, .external_lex_state = 2},
  [502] = {.lex_state = 772, .external_lex_state = 2},
  [503] = {.lex_state = 772, .external_lex_state = 2},
  [504] = {.lex_state = 772, .external_lex_state = 2},
  [505] = {.lex_state = 772, .external_lex_state = 2},
  [506] = {.lex_state = 772, .external_lex_state = 2},
  [507] = {.lex_state = 772, .external_lex_state = 2},
  [508] = {.lex_state = 772, .external_lex_state = 2},
  [509] = {.lex_state = 772, .external_lex_state = 2},
  [510] = {.lex_state = 772, .external_lex_state = 2},
  [511] = {.lex_state = 10},
  [512] = {.lex_state = 772, .external_lex_state = 2},
  [513] = {.lex_state = 772, .external_lex_state = 2},
  [514] = {.lex_state = 772, .external_lex_state = 2},
  [515] = {.lex_state = 772, .external_lex_state = 2},
  [516] = {.lex_state = 772, .external_lex_state = 2},
  [517] = {.lex_state = 772, .external_lex_state = 2},
  [518] = {.lex_state = 772, .external_lex_state = 2},
  [519] = {.lex_state = 772, .external_lex_state = 2},
  [520] = {.lex_state = 772, .external_lex_state = 2},
  [521] = {.lex_state = 772, .external_lex_state = 2},
  [522] = {.lex_state = 772, .external_lex_state = 2},
  [523] = {.lex_state = 772, .external_lex_state = 2},
  [524] = {.lex_state = 772, .external_lex_state = 2},
  [525] = {.lex_state = 772, .external_lex_state = 2},
  [526] = {.lex_state = 4},
  [527] = {.lex_state = 772, .external_lex_state = 2},
  [528] = {.lex_state = 772, .external_lex_state = 2},
  [529] = {.lex_state = 772, .external_lex_state = 2},
  [530] = {.lex_state = 4},
  [531] = {.lex_state = 772, .external_lex_state = 2},
  [532] = {.lex_state = 772, .external_lex_state = 2},
  [533] = {.lex_state = 772, .external_lex_state = 2},
  [534] = {.lex_state = 772, .external_lex_state = 2},
  [535] = {.lex_state = 772, .external_lex_state = 2},
  [536] = {.lex_state = 772, .external_lex_state = 2},
  [537] = {.lex_state = 772, .external_lex_state = 2},
  [538] = {.lex_state = 4},
  [539] = {.lex_state = 4},
  [540] = {.lex_state = 10},
  [541] = {.lex_state = 4},
  [542] = {.lex_state = 772, .external_lex_state = 2},
  [543] = {.lex_state = 772, .external_lex_state = 2},
  [544] = {.lex_state = 772, .external_lex_state = 2},
  [545] = {.lex_state = 772, .external_lex_state = 2},
  [546] = {.lex_state = 772, .external_lex_state = 2},
  [547] = {.lex_state = 772, .external_lex_state = 2},
  [548] = {.lex_state = 772, .external_lex_state = 2},
  [549] = {.lex_state = 772, .external_lex_state = 2},
  [550] = {.lex_state = 4},
  [551] = {.lex_state = 772, .external_lex_state = 2},
  [552] = {.lex_state = 772, .external_lex_state = 2},
  [553] = {.lex_state = 772, .external_lex_state = 2},
  [554] = {.lex_state = 4},
  [555] = {.lex_state = 772, .external_lex_state = 2},
  [556] = {.lex_state = 772, .external_lex_state = 2},
  [557] = {.lex_state = 772, .external_lex_state = 2},
  [558] = {.lex_state = 10},
  [559] = {.lex_state = 772, .external_lex_state = 2},
  [560] = {.lex_state = 772},
  [561] = {.lex_state = 772},
  [562] = {.lex_state = 772, .external_lex_state = 2},
  [563] = {.lex_state = 10},
  [564] = {.lex_state = 10},
  [565] = {.lex_state = 772, .external_lex_state = 2},
  [566] = {.lex_state = 772},
  [567] = {.lex_state = 772, .external_lex_state = 2},
  [568] = {.lex_state = 772, .external_lex_state = 2},
  [569] = {.lex_state = 772, .external_lex_state = 2},
  [570] = {.lex_state = 772, .external_lex_state = 2},
  [571] = {.lex_state = 772, .external_lex_state = 2},
  [572] = {.lex_state = 772},
  [573] = {.lex_state = 772, .external_lex_state = 2},
  [574] = {.lex_state = 772, .external_lex_state = 2},
  [575] = {.lex_state = 772, .external_lex_state = 2},
  [576] = {.lex_state = 772, .external_lex_state = 2},
  [577] = {.lex_state = 10},
  [578] = {.lex_state = 772},
  [579] = {.lex_state = 10},
  [580] = {.lex_state = 4},
  [581] = {.lex_state = 772, .external_lex_state = 2},
  [582] = {.lex_state = 4},
  [583] = {.lex_state = 772},
  [584] = {.lex_state = 772, .external_lex_state = 2},
  [585] = {.lex_state = 772, .external_lex_state = 2},
  [586] = {.lex_state = 772},
  [587] = {.lex_state = 4},
  [588] = {.lex_state = 772},
  [589] = {.lex_state = 4},
  [590] = {.lex_state = 772, .external_lex_state = 2},
  [591] = {.lex_state = 772, .external_lex_state = 2},
  [592] = {.lex_state = 4},
  [593] = {.lex_state = 772, .external_lex_state = 2},
  [594] = {.lex_state = 772, .external_lex_state = 2},
  [595] = {.lex_state = 4},
  [596] = {.lex_state = 772, .external_lex_state = 2},
  [597] = {.lex_state = 772, .external_lex_state = 2},
  [598] = {.lex_state = 772, .external_lex_state = 2},
  [599] = {.lex_state = 772, .external_lex_state = 2},
  [600] = {.lex_state = 772, .external_lex_state = 2},
  [601] = {.lex_state = 772, .external_lex_state = 2},
  [602] = {.lex_state = 772, .external_lex_state = 2},
  [603] = {.lex_state = 10},
  [604] = {.lex_state = 4},
  [605] = {.lex_state = 772, .external_lex_state = 2},
  [606] = {.lex_state = 12},
  [607] = {.lex_state = 4},
  [608] = {.lex_state = 772},
  [609] = {.lex_state = 4},
  [610] = {.lex_state = 772},
  [611] = {.lex_state = 772},
  [612] = {.lex_state = 772},
  [613] = {.lex_state = 772},
  [614] = {.lex_state = 772},
  [615] = {.lex_state = 772},
  [616] = {.lex_state = 772},
  [617] = {.lex_state = 772},
  [618] = {.lex_state = 772},
  [619] = {.lex_state = 772},
  [620] = {.lex_state = 772},
  [621] = {.lex_state = 10},
  [622] = {.lex_state = 772},
  [623] = {.lex_state = 772},
  [624] = {.lex_state = 772},
  [625] = {.lex_state = 4},
  [626] = {.lex_state = 4},
  [627] = {.lex_state = 772},
  [628] = {.lex_state = 772},
  [629] = {.lex_state = 4},
  [630] = {.lex_state = 772},
  [631] = {.lex_state = 772},
  [632] = {.lex_state = 772},
  [633] = {.lex_state = 4},
  [634] = {.lex_state = 772},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym__word] = ACTIONS(1),
    [sym_comment] = ACTIONS(3),
    [anon_sym_DQUOTE] = ACTIONS(1),
    [anon_sym_DQUOTE2] = ACTIONS(1),
    [sym_escape_sequence] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [anon_sym_u4e07u5143] = ACTIONS(1),
    [anon_sym_u4ebfu5143] = ACTIONS(1),
    [anon_sym_u5343u5143] = ACTIONS(1),
    [anon_sym_u5143] = ACTIONS(1),
    [sym_percent] = ACTIONS(1),
    [anon_sym_u5305u542b] = ACTIONS(1),
    [anon_sym_include] = ACTIONS(1),
    [anon_sym_u6587u6863] = ACTIONS(1),
    [anon_sym_document] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_u5e74u5ea6] = ACTIONS(1),
    [anon_sym_year] = ACTIONS(1),
    [anon_sym_u90e8u95e8] = ACTIONS(1),
    [anon_sym_department] = ACTIONS(1),
    [anon_sym_u7f16u5236] = ACTIONS(1),
    [anon_sym_prepared_by] = ACTIONS(1),
    [anon_sym_u5ba1u6838] = ACTIONS(1),
    [anon_sym_reviewed_by] = ACTIONS(1),
    [anon_sym_u72b6u6001] = ACTIONS(1),
    [anon_sym_status] = ACTIONS(1),
    [anon_sym_u91d1u989du5355u4f4d] = ACTIONS(1),
    [anon_sym_money_unit] = ACTIONS(1),
    [anon_sym_u6307u6807u4f53u7cfb] = ACTIONS(1),
    [anon_sym_framework] = ACTIONS(1),
    [anon_sym_u89c4u5219] = ACTIONS(1),
    [anon_sym_rules] = ACTIONS(1),
    [anon_sym_u786eu8ba4] = ACTIONS(1),
    [anon_sym_acknowledge] = ACTIONS(1),
    [anon_sym_u5141u8bb8u5305u542b] = ACTIONS(1),
    [anon_sym_allow_include] = ACTIONS(1),
    [anon_sym_u4e0au5e74] = ACTIONS(1),
    [anon_sym_previous] = ACTIONS(1),
    [anon_sym_u7248u672c] = ACTIONS(1),
    [anon_sym_revision] = ACTIONS(1),
    [anon_sym_u8868u6837] = ACTIONS(1),
    [anon_sym_form] = ACTIONS(1),
    [anon_sym_u8bc4u5206] = ACTIONS(1),
    [anon_sym_scoring] = ACTIONS(1),
    [anon_sym_u6267u884cu7387] = ACTIONS(1),
    [anon_sym_execution_rate] = ACTIONS(1),
    [anon_sym_u8865u5145u5355u4f4d] = ACTIONS(1),
    [anon_sym_extra_units] = ACTIONS(1),
    [anon_sym_u8865u5145u5b9au6027] = ACTIONS(1),
    [anon_sym_extra_levels] = ACTIONS(1),
    [anon_sym_u90e8u95e8u76eeu6807] = ACTIONS(1),
    [anon_sym_department_goals] = ACTIONS(1),
    [anon_sym_u90e8u95e8u7f16u7801] = ACTIONS(1),
    [anon_sym_department_code] = ACTIONS(1),
    [anon_sym_u9884u7b97] = ACTIONS(1),
    [anon_sym_budget] = ACTIONS(1),
    [anon_sym_u57fau672cu652fu51fa] = ACTIONS(1),
    [anon_sym_basic_spending] = ACTIONS(1),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(1),
    [anon_sym_unit_functions] = ACTIONS(1),
    [anon_sym_u5c65u804cu76eeu6807] = ACTIONS(1),
    [anon_sym_duty] = ACTIONS(1),
    [anon_sym_u9879u76ee] = ACTIONS(1),
    [anon_sym_project] = ACTIONS(1),
    [anon_sym_u603bu4f53u76eeu6807] = ACTIONS(1),
    [anon_sym_overall] = ACTIONS(1),
    [anon_sym_u5206u9879u76eeu6807] = ACTIONS(1),
    [anon_sym_sub_goal] = ACTIONS(1),
    [anon_sym_u6307u6807] = ACTIONS(1),
    [anon_sym_indicators] = ACTIONS(1),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(1),
    [anon_sym_measure] = ACTIONS(1),
    [anon_sym_u5355u4f4d] = ACTIONS(1),
    [anon_sym_unit] = ACTIONS(1),
    [anon_sym_u6807u9898] = ACTIONS(1),
    [anon_sym_title] = ACTIONS(1),
    [anon_sym_u8d22u653fu8d44u91d1] = ACTIONS(1),
    [anon_sym_fiscal] = ACTIONS(1),
    [anon_sym_u8d22u653fu62e8u6b3e] = ACTIONS(1),
    [anon_sym_appropriation] = ACTIONS(1),
    [anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1] = ACTIONS(1),
    [anon_sym_higher_fiscal] = ACTIONS(1),
    [anon_sym_u672cu7ea7u8d22u653fu8d44u91d1] = ACTIONS(1),
    [anon_sym_local_fiscal] = ACTIONS(1),
    [anon_sym_u81eau6709u8d44u91d1] = ACTIONS(1),
    [anon_sym_own_funds] = ACTIONS(1),
    [anon_sym_u4e8bu4e1au6536u5165] = ACTIONS(1),
    [anon_sym_service_income] = ACTIONS(1),
    [anon_sym_u7ecfu8425u6027u6536u5165] = ACTIONS(1),
    [anon_sym_business_income] = ACTIONS(1),
    [anon_sym_u5176u4ed6u8d44u91d1] = ACTIONS(1),
    [anon_sym_other] = ACTIONS(1),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(1),
    [anon_sym_mid_term_budget] = ACTIONS(1),
    [anon_sym_u7528u9014] = ACTIONS(1),
    [anon_sym_use] = ACTIONS(1),
    [anon_sym_u76eeu6807] = ACTIONS(1),
    [anon_sym_goal] = ACTIONS(1),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(1),
    [anon_sym_mid_term] = ACTIONS(1),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(1),
    [anon_sym_long_term] = ACTIONS(1),
    [anon_sym_u9879u76eeu671f] = ACTIONS(1),
    [anon_sym_period] = ACTIONS(1),
    [sym_period_bound] = ACTIONS(1),
    [anon_sym_u81f3] = ACTIONS(1),
    [anon_sym_u5230] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [anon_sym_uff0d] = ACTIONS(1),
    [anon_sym_u2014] = ACTIONS(1),
    [anon_sym_u2013] = ACTIONS(1),
    [anon_sym_TILDE] = ACTIONS(1),
    [anon_sym_uff5e] = ACTIONS(1),
    [anon_sym_to] = ACTIONS(1),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(1),
    [anon_sym_plan] = ACTIONS(1),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(1),
    [anon_sym_review] = ACTIONS(1),
    [anon_sym_u5ba1u6838u4eba] = ACTIONS(1),
    [anon_sym_reviewer] = ACTIONS(1),
    [anon_sym_u5ba1u6838u65e5u671f] = ACTIONS(1),
    [anon_sym_review_date] = ACTIONS(1),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(1),
    [anon_sym_supervisor_code] = ACTIONS(1),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(1),
    [anon_sym_supervisor] = ACTIONS(1),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(1),
    [anon_sym_implementer] = ACTIONS(1),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(1),
    [anon_sym_manager] = ACTIONS(1),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(1),
    [anon_sym_phone] = ACTIONS(1),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(1),
    [anon_sym_attribute] = ACTIONS(1),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(1),
    [anon_sym_project_type] = ACTIONS(1),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(1),
    [anon_sym_function_class] = ACTIONS(1),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(1),
    [anon_sym_filing_unit] = ACTIONS(1),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(1),
    [anon_sym_filed_by] = ACTIONS(1),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(1),
    [anon_sym_unit_head] = ACTIONS(1),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(1),
    [anon_sym_filing_date] = ACTIONS(1),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(1),
    [anon_sym_overview] = ACTIONS(1),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(1),
    [anon_sym_approval_basis] = ACTIONS(1),
    [anon_sym_u53efu884cu6027] = ACTIONS(1),
    [anon_sym_feasibility] = ACTIONS(1),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(1),
    [anon_sym_necessity] = ACTIONS(1),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(1),
    [anon_sym_remarks] = ACTIONS(1),
    [anon_sym_u660eu7ec6] = ACTIONS(1),
    [anon_sym_breakdown] = ACTIONS(1),
    [anon_sym_u7533u8bf7] = ACTIONS(1),
    [anon_sym_requested] = ACTIONS(1),
    [anon_sym_u5df2u5b89u6392] = ACTIONS(1),
    [anon_sym_arranged_before] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_uff1d] = ACTIONS(1),
    [anon_sym_u5408u8ba1] = ACTIONS(1),
    [anon_sym_total] = ACTIONS(1),
    [anon_sym_u7ea6] = ACTIONS(1),
    [anon_sym_approx] = ACTIONS(1),
    [anon_sym_PLUS] = ACTIONS(1),
    [anon_sym_uff0b] = ACTIONS(1),
    [anon_sym_u00d7] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_uff0a] = ACTIONS(1),
    [anon_sym_u00f7] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_uff08] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_uff09] = ACTIONS(1),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(1),
    [anon_sym_schedule] = ACTIONS(1),
    [anon_sym_PERCENT] = ACTIONS(1),
    [anon_sym_uff05] = ACTIONS(1),
    [anon_sym_jan] = ACTIONS(1),
    [anon_sym_feb] = ACTIONS(1),
    [anon_sym_mar] = ACTIONS(1),
    [anon_sym_apr] = ACTIONS(1),
    [anon_sym_may] = ACTIONS(1),
    [anon_sym_jun] = ACTIONS(1),
    [anon_sym_jul] = ACTIONS(1),
    [anon_sym_aug] = ACTIONS(1),
    [anon_sym_sep] = ACTIONS(1),
    [anon_sym_oct] = ACTIONS(1),
    [anon_sym_nov] = ACTIONS(1),
    [anon_sym_dec] = ACTIONS(1),
    [anon_sym_u6a21u677f] = ACTIONS(1),
    [anon_sym_template] = ACTIONS(1),
    [anon_sym_u63cfu8ff0] = ACTIONS(1),
    [anon_sym_description] = ACTIONS(1),
    [anon_sym_u4f9du636e] = ACTIONS(1),
    [anon_sym_basis] = ACTIONS(1),
    [anon_sym_u6307u6807u6027u8d28] = ACTIONS(1),
    [anon_sym_nature] = ACTIONS(1),
    [anon_sym_u6307u6807u65b9u5411] = ACTIONS(1),
    [anon_sym_direction] = ACTIONS(1),
    [anon_sym_u5907u6ce8] = ACTIONS(1),
    [anon_sym_remark] = ACTIONS(1),
    [anon_sym_u8ba1u91cfu5355u4f4d] = ACTIONS(1),
    [anon_sym_measure_unit] = ACTIONS(1),
    [anon_sym_u5206u503c] = ACTIONS(1),
    [anon_sym_weight] = ACTIONS(1),
    [anon_sym_u6307u6807u503c] = ACTIONS(1),
    [anon_sym_value] = ACTIONS(1),
    [sym_comparator] = ACTIONS(1),
    [sym_placeholder] = ACTIONS(1),
    [anon_sym_u81eau8bc4] = ACTIONS(1),
    [anon_sym_self_evaluation] = ACTIONS(1),
    [anon_sym_u90e8u95e8u6574u4f53] = ACTIONS(1),
    [anon_sym_whole_department] = ACTIONS(1),
    [anon_sym_u8d44u91d1] = ACTIONS(1),
    [anon_sym_funds] = ACTIONS(1),
    [anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e] = ACTIONS(1),
    [anon_sym_current_appropriation] = ACTIONS(1),
    [anon_sym_u4e0au5e74u7ed3u8f6c] = ACTIONS(1),
    [anon_sym_carried_over] = ACTIONS(1),
    [anon_sym_u5e74u521du9884u7b97u6570] = ACTIONS(1),
    [anon_sym_initial_budget] = ACTIONS(1),
    [anon_sym_u5168u5e74u9884u7b97u6570] = ACTIONS(1),
    [anon_sym_full_year_budget] = ACTIONS(1),
    [anon_sym_u5168u5e74u6267u884cu6570] = ACTIONS(1),
    [anon_sym_executed] = ACTIONS(1),
    [anon_sym_u5b8cu6210u60c5u51b5] = ACTIONS(1),
    [anon_sym_achieved] = ACTIONS(1),
    [anon_sym_u5b9eu9645] = ACTIONS(1),
    [anon_sym_actual] = ACTIONS(1),
    [anon_sym_u5f97u5206] = ACTIONS(1),
    [anon_sym_score] = ACTIONS(1),
    [anon_sym_u504fu5dee] = ACTIONS(1),
    [anon_sym_deviation] = ACTIONS(1),
    [anon_sym_u76d1u63a7] = ACTIONS(1),
    [anon_sym_monitoring] = ACTIONS(1),
    [anon_sym_u622au81f3] = ACTIONS(1),
    [anon_sym_as_of] = ACTIONS(1),
    [anon_sym_u6267u884cu6570] = ACTIONS(1),
    [anon_sym_executed_to_date] = ACTIONS(1),
    [anon_sym_u5b8cu6210] = ACTIONS(1),
    [anon_sym_done] = ACTIONS(1),
    [anon_sym_u9884u8ba1] = ACTIONS(1),
    [anon_sym_forecast] = ACTIONS(1),
    [anon_sym_u53efu80fdu6027] = ACTIONS(1),
    [anon_sym_likelihood] = ACTIONS(1),
    [anon_sym_u7ea0u504f] = ACTIONS(1),
    [anon_sym_correction] = ACTIONS(1),
    [anon_sym_u6307u6807u5e93] = ACTIONS(1),
    [anon_sym_library] = ACTIONS(1),
    [anon_sym_u7c7bu522b] = ACTIONS(1),
    [anon_sym_category] = ACTIONS(1),
    [anon_sym_u8ba1u7b97u516cu5f0f] = ACTIONS(1),
    [anon_sym_u53c2u8003u503c] = ACTIONS(1),
    [anon_sym_reference] = ACTIONS(1),
    [anon_sym_u6838u5fc3] = ACTIONS(1),
    [anon_sym_core] = ACTIONS(1),
    [anon_sym_u9002u7528] = ACTIONS(1),
    [anon_sym_applies_to] = ACTIONS(1),
    [sym__line_end] = ACTIONS(1),
    [sym__continue] = ACTIONS(1),
    [sym__continue_alone] = ACTIONS(1),
    [sym__word_comparator] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(608),
    [sym__item] = STATE(108),
    [sym_include] = STATE(108),
    [sym_document] = STATE(108),
    [sym_department_goals] = STATE(108),
    [sym_unit_decl] = STATE(108),
    [sym_project] = STATE(108),
    [sym_self_evaluation] = STATE(108),
    [sym_monitoring] = STATE(108),
    [sym_library] = STATE(108),
    [aux_sym_source_file_repeat1] = STATE(108),
    [ts_builtin_sym_end] = ACTIONS(5),
    [sym_comment] = ACTIONS(7),
    [anon_sym_u5305u542b] = ACTIONS(9),
    [anon_sym_include] = ACTIONS(9),
    [anon_sym_u6587u6863] = ACTIONS(11),
    [anon_sym_document] = ACTIONS(11),
    [anon_sym_u90e8u95e8u76eeu6807] = ACTIONS(13),
    [anon_sym_department_goals] = ACTIONS(13),
    [anon_sym_u9879u76ee] = ACTIONS(15),
    [anon_sym_project] = ACTIONS(15),
    [anon_sym_u5355u4f4d] = ACTIONS(17),
    [anon_sym_unit] = ACTIONS(17),
    [anon_sym_u81eau8bc4] = ACTIONS(19),
    [anon_sym_self_evaluation] = ACTIONS(19),
    [anon_sym_u76d1u63a7] = ACTIONS(21),
    [anon_sym_monitoring] = ACTIONS(21),
    [anon_sym_u6307u6807u5e93] = ACTIONS(23),
    [anon_sym_library] = ACTIONS(23),
    [sym__line_end] = ACTIONS(25),
  },
  [2] = {
    [sym_acknowledge] = STATE(362),
    [sym__project_field] = STATE(362),
    [sym_unit_ref] = STATE(362),
    [sym_title] = STATE(362),
    [sym_budget] = STATE(362),
    [sym_mid_budget] = STATE(362),
    [sym_use_text] = STATE(362),
    [sym_goal] = STATE(362),
    [sym_term_goal] = STATE(362),
    [sym_period] = STATE(362),
    [sym_plan] = STATE(362),
    [sym_review] = STATE(362),
    [sym_info] = STATE(362),
    [sym_prose] = STATE(362),
    [sym_breakdown] = STATE(362),
    [sym_schedule] = STATE(362),
    [sym_indicator_group] = STATE(362),
    [aux_sym_document_repeat1] = STATE(4),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(29),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(61),
  },
  [3] = {
    [sym_acknowledge] = STATE(374),
    [sym__project_field] = STATE(374),
    [sym_unit_ref] = STATE(374),
    [sym_title] = STATE(374),
    [sym_budget] = STATE(374),
    [sym_mid_budget] = STATE(374),
    [sym_use_text] = STATE(374),
    [sym_goal] = STATE(374),
    [sym_term_goal] = STATE(374),
    [sym_period] = STATE(374),
    [sym_plan] = STATE(374),
    [sym_review] = STATE(374),
    [sym_info] = STATE(374),
    [sym_prose] = STATE(374),
    [sym_breakdown] = STATE(374),
    [sym_schedule] = STATE(374),
    [sym_indicator_group] = STATE(374),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(63),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [4] = {
    [sym_acknowledge] = STATE(410),
    [sym__project_field] = STATE(410),
    [sym_unit_ref] = STATE(410),
    [sym_title] = STATE(410),
    [sym_budget] = STATE(410),
    [sym_mid_budget] = STATE(410),
    [sym_use_text] = STATE(410),
    [sym_goal] = STATE(410),
    [sym_term_goal] = STATE(410),
    [sym_period] = STATE(410),
    [sym_plan] = STATE(410),
    [sym_review] = STATE(410),
    [sym_info] = STATE(410),
    [sym_prose] = STATE(410),
    [sym_breakdown] = STATE(410),
    [sym_schedule] = STATE(410),
    [sym_indicator_group] = STATE(410),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(67),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [5] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(69),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [6] = {
    [sym_acknowledge] = STATE(407),
    [sym__project_field] = STATE(407),
    [sym_unit_ref] = STATE(407),
    [sym_title] = STATE(407),
    [sym_budget] = STATE(407),
    [sym_mid_budget] = STATE(407),
    [sym_use_text] = STATE(407),
    [sym_goal] = STATE(407),
    [sym_term_goal] = STATE(407),
    [sym_period] = STATE(407),
    [sym_plan] = STATE(407),
    [sym_review] = STATE(407),
    [sym_info] = STATE(407),
    [sym_prose] = STATE(407),
    [sym_breakdown] = STATE(407),
    [sym_schedule] = STATE(407),
    [sym_indicator_group] = STATE(407),
    [aux_sym_document_repeat1] = STATE(3),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(71),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(73),
  },
  [7] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(75),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [8] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(77),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [9] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(79),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [10] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(81),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [11] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(83),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [12] = {
    [sym_acknowledge] = STATE(551),
    [sym__project_field] = STATE(551),
    [sym_unit_ref] = STATE(551),
    [sym_title] = STATE(551),
    [sym_budget] = STATE(551),
    [sym_mid_budget] = STATE(551),
    [sym_use_text] = STATE(551),
    [sym_goal] = STATE(551),
    [sym_term_goal] = STATE(551),
    [sym_period] = STATE(551),
    [sym_plan] = STATE(551),
    [sym_review] = STATE(551),
    [sym_info] = STATE(551),
    [sym_prose] = STATE(551),
    [sym_breakdown] = STATE(551),
    [sym_schedule] = STATE(551),
    [sym_indicator_group] = STATE(551),
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(27),
    [sym_comment] = ACTIONS(3),
    [anon_sym_u786eu8ba4] = ACTIONS(31),
    [anon_sym_acknowledge] = ACTIONS(31),
    [anon_sym_u9884u7b97] = ACTIONS(33),
    [anon_sym_budget] = ACTIONS(33),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(35),
    [anon_sym_unit_functions] = ACTIONS(35),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(35),
    [anon_sym_measure] = ACTIONS(35),
    [anon_sym_u5355u4f4d] = ACTIONS(37),
    [anon_sym_unit] = ACTIONS(37),
    [anon_sym_u6807u9898] = ACTIONS(39),
    [anon_sym_title] = ACTIONS(39),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(41),
    [anon_sym_mid_term_budget] = ACTIONS(41),
    [anon_sym_u7528u9014] = ACTIONS(43),
    [anon_sym_use] = ACTIONS(43),
    [anon_sym_u76eeu6807] = ACTIONS(45),
    [anon_sym_goal] = ACTIONS(45),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(47),
    [anon_sym_mid_term] = ACTIONS(47),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(47),
    [anon_sym_long_term] = ACTIONS(47),
    [anon_sym_u9879u76eeu671f] = ACTIONS(49),
    [anon_sym_period] = ACTIONS(49),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(51),
    [anon_sym_plan] = ACTIONS(51),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(53),
    [anon_sym_review] = ACTIONS(53),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(55),
    [anon_sym_supervisor_code] = ACTIONS(55),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(55),
    [anon_sym_supervisor] = ACTIONS(55),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(55),
    [anon_sym_implementer] = ACTIONS(55),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_manager] = ACTIONS(55),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(55),
    [anon_sym_phone] = ACTIONS(55),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(55),
    [anon_sym_attribute] = ACTIONS(55),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(55),
    [anon_sym_project_type] = ACTIONS(55),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(55),
    [anon_sym_function_class] = ACTIONS(55),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(55),
    [anon_sym_filing_unit] = ACTIONS(55),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(55),
    [anon_sym_filed_by] = ACTIONS(55),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(55),
    [anon_sym_unit_head] = ACTIONS(55),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(55),
    [anon_sym_filing_date] = ACTIONS(55),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(35),
    [anon_sym_overview] = ACTIONS(35),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(35),
    [anon_sym_approval_basis] = ACTIONS(35),
    [anon_sym_u53efu884cu6027] = ACTIONS(35),
    [anon_sym_feasibility] = ACTIONS(35),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(35),
    [anon_sym_necessity] = ACTIONS(35),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(35),
    [anon_sym_remarks] = ACTIONS(35),
    [anon_sym_u660eu7ec6] = ACTIONS(57),
    [anon_sym_breakdown] = ACTIONS(57),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(59),
    [anon_sym_schedule] = ACTIONS(59),
    [sym__line_end] = ACTIONS(65),
  },
  [13] = {
    [aux_sym_document_repeat1] = STATE(13),
    [sym__word] = ACTIONS(85),
    [sym_comment] = ACTIONS(3),
    [anon_sym_RBRACE] = ACTIONS(85),
    [anon_sym_u786eu8ba4] = ACTIONS(85),
    [anon_sym_acknowledge] = ACTIONS(85),
    [anon_sym_u9884u7b97] = ACTIONS(85),
    [anon_sym_budget] = ACTIONS(85),
    [anon_sym_u5355u4f4du804cu80fd] = ACTIONS(85),
    [anon_sym_unit_functions] = ACTIONS(85),
    [anon_sym_u4fddu969cu63aau65bd] = ACTIONS(85),
    [anon_sym_measure] = ACTIONS(85),
    [anon_sym_u5355u4f4d] = ACTIONS(85),
    [anon_sym_unit] = ACTIONS(85),
    [anon_sym_u6807u9898] = ACTIONS(85),
    [anon_sym_title] = ACTIONS(85),
    [anon_sym_u4e2du671fu8d44u91d1] = ACTIONS(85),
    [anon_sym_mid_term_budget] = ACTIONS(85),
    [anon_sym_u7528u9014] = ACTIONS(85),
    [anon_sym_use] = ACTIONS(85),
    [anon_sym_u76eeu6807] = ACTIONS(85),
    [anon_sym_goal] = ACTIONS(85),
    [anon_sym_u4e2du671fu76eeu6807] = ACTIONS(85),
    [anon_sym_mid_term] = ACTIONS(85),
    [anon_sym_u957fu671fu76eeu6807] = ACTIONS(85),
    [anon_sym_long_term] = ACTIONS(85),
    [anon_sym_u9879u76eeu671f] = ACTIONS(85),
    [anon_sym_period] = ACTIONS(85),
    [anon_sym_u5b9eu65bdu8ba1u5212] = ACTIONS(85),
    [anon_sym_plan] = ACTIONS(85),
    [anon_sym_u5ba1u6838u610fu89c1] = ACTIONS(85),
    [anon_sym_review] = ACTIONS(85),
    [anon_sym_u4e3bu7ba1u90e8u95e8u7f16u7801] = ACTIONS(85),
    [anon_sym_supervisor_code] = ACTIONS(85),
    [anon_sym_u4e3bu7ba1u90e8u95e8] = ACTIONS(85),
    [anon_sym_supervisor] = ACTIONS(85),
    [anon_sym_u5b9eu65bdu5355u4f4d] = ACTIONS(85),
    [anon_sym_implementer] = ACTIONS(85),
    [anon_sym_u9879u76eeu8d1fu8d23u4eba] = ACTIONS(85),
    [anon_sym_manager] = ACTIONS(85),
    [anon_sym_u8054u7cfbu7535u8bdd] = ACTIONS(85),
    [anon_sym_phone] = ACTIONS(85),
    [anon_sym_u9879u76eeu5c5eu6027] = ACTIONS(85),
    [anon_sym_attribute] = ACTIONS(85),
    [anon_sym_u9879u76eeu7c7bu578b] = ACTIONS(85),
    [anon_sym_project_type] = ACTIONS(85),
    [anon_sym_u529fu80fdu79d1u76ee] = ACTIONS(85),
    [anon_sym_function_class] = ACTIONS(85),
    [anon_sym_u586bu62a5u5355u4f4d] = ACTIONS(85),
    [anon_sym_filing_unit] = ACTIONS(85),
    [anon_sym_u586bu62a5u4eba] = ACTIONS(85),
    [anon_sym_filed_by] = ACTIONS(85),
    [anon_sym_u5355u4f4du8d1fu8d23u4eba] = ACTIONS(85),
    [anon_sym_unit_head] = ACTIONS(85),
    [anon_sym_u586bu62a5u65e5u671f] = ACTIONS(85),
    [anon_sym_filing_date] = ACTIONS(85),
    [anon_sym_u9879u76eeu6982u51b5] = ACTIONS(85),
    [anon_sym_overview] = ACTIONS(85),
    [anon_sym_u7acbu9879u4f9du636e] = ACTIONS(85),
    [anon_sym_approval_basis] = ACTIONS(85),
    [anon_sym_u53efu884cu6027] = ACTIONS(85),
    [anon_sym_feasibility] = ACTIONS(85),
    [anon_sym_u5fc5u8981u6027] = ACTIONS(85),
    [anon_sym_necessity] = ACTIONS(85),
    [anon_sym_u5176u4ed6u8bf4u660e] = ACTIONS(85),
    [anon_sym_remarks] = ACTIONS(85),
    [anon_sym_u660eu7ec6] = ACTIONS(85),
    [anon_sym_breakdown] = ACTIONS(85),
    [anon_sym_u652fu51fau8ba1u5212] = ACTIONS(85),
    [anon_sym_schedule] = ACTIONS(85),
    [sym__line_end] = ACTIONS(87),
  },
  [14] = {
    [aux_sym_document_repeat1] = STATE(14),
    [sym_comment] = ACTIONS(7),
    [anon_sym_DQUOTE] = ACTIONS(90),
    [anon_sym_RBRACE] = ACTIONS(90),
    [anon_sym_u5e74u5ea6] = ACTIONS(90),
    [anon_sym_year] = ACTIONS(90),
    [anon_sym_u90e8u95e8] = ACTIONS(90),
    [anon_sym_department] = ACTIONS(90),
    [anon_sym_u7f16u5236] = ACTIONS(90),
    [anon_sym_prepared_by] = ACTIONS(90),
    [anon_sym_u5ba1u6838] = ACTIONS(90),
    [anon_sym_reviewed_by] = ACTIONS(90),
    [anon_sym_u72b6u6001] = ACTIONS(90),
    [anon_sym_status] = ACTIONS(90),
    [anon_sym_u91d1u989du5355u4f4d] = ACTIONS(90),
    [anon_sym_money_unit] = ACTIONS(90),
    [anon_sym_u6307u6807u4f53u7cfb] = ACTIONS(90),
    [anon_sym_framework] = ACTIONS(90),
    [anon_sym_u89c4u5219] = ACTIONS(90),
    [anon_sym_rules] = ACTIONS(90),
    [anon_sym_u786eu8ba4] = ACTIONS(90),
    [anon_sym_acknowledge] = ACTIONS(90),
    [anon_sym_u5141u8bb8u5305u542b] = ACTIONS(90),
    [anon_sym_allow_include] = ACTIONS(90),
    [anon_sym_u4e0au5e74] = ACTIONS(90),
    [anon_sym_previous] = ACTIONS(90),
    [anon_sym_u8868u6837] = ACTIONS(90),
    [anon_sym_form] = ACTIONS(90),
    [anon_sym_u8bc4u5206] = ACTIONS(90),
    [anon_sym_scoring] = ACTIONS(90),
    [anon_sym_u6267u884cu7387] = ACTIONS(90),
    [anon_sym_execution_rate] = ACTIONS(90),
    [anon_sym_u8865u5145u5355u4f4d] = ACTIONS(90),
    [anon_sym_extra_units] = ACTIONS(90),
    [anon_sym_u8865u5145u5b9au6027] = ACTIONS(90),
    [anon_sym_extra_levels] = ACTIONS(90),
    [anon_sym_u6307u6807] = ACTIONS(85),
    [anon_sym_indicators] = ACTIONS(90),
    [anon_sym_u76eeu6807] = ACTIONS(90),
    [anon_sym_goal] = ACTIONS(90),
    [anon_sym_u5408u8ba1] = ACTIONS(90),
    [anon_sym_total] = ACTIONS(90),
    [anon_sym_u6a21u677f] = ACTIONS(90),
    [anon_sym_template] = ACTIONS(90),
    [anon_sym_u5206u503c] = ACTIONS(90),
    [anon_sym_weight] = ACTIONS(90),
    [anon_sym_u8d44u91d1] = ACTIONS(90),
    [anon_sym_funds] = ACTIONS(90),
    [anon_sym_u5b8cu6210u60c5u51b5] = ACTIONS(90),
    [anon_sym_achieved] = ACTIONS(90),
    [anon_sym_u5b9eu9645] = ACTIONS(90),
    [anon_sym_actual] = ACTIONS(90),
    [anon_sym_u5f97u5206] = ACTIONS(90),
    [anon_sym_score] = ACTIONS(90),
    [anon_sym_u504fu5dee] = ACTIONS(90),
    [anon_sym_deviation] = ACTIONS(90),
    [anon_sym_u5b8cu6210] = ACTIONS(85),
    [anon_sym_done] = ACTIONS(90),
    [anon_sym_u9884u8ba1] = ACTIONS(90),
    [anon_sym_forecast] = ACTIONS(90),
    [anon_sym_u53efu80fdu6027] = ACTIONS(90),
    [anon_sym_likelihood] = ACTIONS(90),
    [anon_sym_u7ea0u504f] = ACTIONS(90),
    [anon_sym_correction] = ACTIONS(90),
    [sym__line_end] = ACTIONS(92),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 58,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [64] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 58,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_DQUOTE,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [128] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(105), 1,
      anon_sym_RBRACE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(133), 1,
      sym__line_end,
    ACTIONS(135), 1,
      sym__word_comparator,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(27), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [226] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(137), 1,
      anon_sym_RBRACE,
    ACTIONS(139), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(19), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [324] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(141), 1,
      sym__word,
    ACTIONS(144), 1,
      anon_sym_DQUOTE,
    ACTIONS(150), 1,
      anon_sym_RBRACE,
    ACTIONS(185), 1,
      sym_comparator,
    ACTIONS(188), 1,
      sym_deadline,
    ACTIONS(191), 1,
      sym__line_end,
    ACTIONS(193), 1,
      sym__word_comparator,
    STATE(88), 1,
      sym_string,
    ACTIONS(147), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(152), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(155), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(158), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(161), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(164), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(167), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(170), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(173), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(176), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(179), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(182), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(19), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [422] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(196), 1,
      anon_sym_RBRACE,
    ACTIONS(198), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(19), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [520] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(200), 1,
      anon_sym_RBRACE,
    ACTIONS(202), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(25), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [618] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(204), 1,
      anon_sym_RBRACE,
    ACTIONS(206), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(24), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [716] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(208), 1,
      anon_sym_RBRACE,
    ACTIONS(210), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(20), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [814] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(212), 1,
      anon_sym_RBRACE,
    ACTIONS(214), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(19), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [912] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(216), 1,
      anon_sym_RBRACE,
    ACTIONS(218), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(19), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [1010] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(220), 1,
      anon_sym_RBRACE,
    ACTIONS(222), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(18), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [1108] = 23,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(131), 1,
      sym_deadline,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(224), 1,
      anon_sym_RBRACE,
    ACTIONS(226), 1,
      sym__line_end,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(76), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(19), 14,
      sym_acknowledge,
      sym__indicator_field,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
      sym_target,
      aux_sym_indicator_repeat1,
  [1206] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(228), 1,
      anon_sym_RBRACE,
    ACTIONS(260), 1,
      sym__line_end,
    STATE(31), 1,
      aux_sym_document_repeat1,
    ACTIONS(230), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(232), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(234), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(236), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(238), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(240), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(242), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(244), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(246), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(248), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(250), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(252), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(254), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(256), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(258), 2,
      anon_sym_u8865u5145u5b9au6027,
      anon_sym_extra_levels,
    STATE(378), 16,
      sym__document_field,
      sym_year,
      sym_department,
      sym_prepared_by,
      sym_reviewed_by,
      sym_status,
      sym_money_unit_field,
      sym_framework,
      sym_rules,
      sym_acknowledge,
      sym_allow_include,
      sym_previous,
      sym_form,
      sym_scoring,
      sym_extra_units,
      sym_extra_levels,
  [1297] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(262), 1,
      anon_sym_RBRACE,
    ACTIONS(264), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(230), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(232), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(234), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(236), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(238), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(240), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(242), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(244), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(246), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(248), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(250), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(252), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(254), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(256), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(258), 2,
      anon_sym_u8865u5145u5b9au6027,
      anon_sym_extra_levels,
    STATE(531), 16,
      sym__document_field,
      sym_year,
      sym_department,
      sym_prepared_by,
      sym_reviewed_by,
      sym_status,
      sym_money_unit_field,
      sym_framework,
      sym_rules,
      sym_acknowledge,
      sym_allow_include,
      sym_previous,
      sym_form,
      sym_scoring,
      sym_extra_units,
      sym_extra_levels,
  [1388] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(266), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(230), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(232), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(234), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(236), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(238), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(240), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(242), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(244), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(246), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(248), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(250), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(252), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(254), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(256), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(258), 2,
      anon_sym_u8865u5145u5b9au6027,
      anon_sym_extra_levels,
    STATE(531), 16,
      sym__document_field,
      sym_year,
      sym_department,
      sym_prepared_by,
      sym_reviewed_by,
      sym_status,
      sym_money_unit_field,
      sym_framework,
      sym_rules,
      sym_acknowledge,
      sym_allow_include,
      sym_previous,
      sym_form,
      sym_scoring,
      sym_extra_units,
      sym_extra_levels,
  [1479] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(268), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(230), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(232), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(234), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(236), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(238), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(240), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(242), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(244), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(246), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(248), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(250), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(252), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(254), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(256), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(258), 2,
      anon_sym_u8865u5145u5b9au6027,
      anon_sym_extra_levels,
    STATE(342), 16,
      sym__document_field,
      sym_year,
      sym_department,
      sym_prepared_by,
      sym_reviewed_by,
      sym_status,
      sym_money_unit_field,
      sym_framework,
      sym_rules,
      sym_acknowledge,
      sym_allow_include,
      sym_previous,
      sym_form,
      sym_scoring,
      sym_extra_units,
      sym_extra_levels,
  [1570] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(270), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(230), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(232), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(234), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(236), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(238), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(240), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(242), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(244), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(246), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(248), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(250), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(252), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(254), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(256), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(258), 2,
      anon_sym_u8865u5145u5b9au6027,
      anon_sym_extra_levels,
    STATE(531), 16,
      sym__document_field,
      sym_year,
      sym_department,
      sym_prepared_by,
      sym_reviewed_by,
      sym_status,
      sym_money_unit_field,
      sym_framework,
      sym_rules,
      sym_acknowledge,
      sym_allow_include,
      sym_previous,
      sym_form,
      sym_scoring,
      sym_extra_units,
      sym_extra_levels,
  [1661] = 19,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(230), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(232), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(234), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(236), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(238), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(240), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(242), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(244), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(246), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(248), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(250), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(252), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(254), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(256), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(258), 2,
      anon_sym_u8865u5145u5b9au6027,
      anon_sym_extra_levels,
    STATE(531), 16,
      sym__document_field,
      sym_year,
      sym_department,
      sym_prepared_by,
      sym_reviewed_by,
      sym_status,
      sym_money_unit_field,
      sym_framework,
      sym_rules,
      sym_acknowledge,
      sym_allow_include,
      sym_previous,
      sym_form,
      sym_scoring,
      sym_extra_units,
      sym_extra_levels,
  [1749] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(276), 1,
      anon_sym_executed,
    STATE(42), 1,
      sym_money_unit,
    ACTIONS(272), 4,
      anon_sym_u4e07u5143,
      anon_sym_u4ebfu5143,
      anon_sym_u5343u5143,
      anon_sym_u5143,
    ACTIONS(274), 40,
      sym__line_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [1807] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      sym__word,
    ACTIONS(280), 1,
      anon_sym_RBRACE,
    ACTIONS(284), 1,
      sym__line_end,
    STATE(22), 1,
      sym__keyword_target,
    STATE(109), 1,
      aux_sym_document_repeat1,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(282), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(17), 11,
      sym_acknowledge,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
  [1891] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      sym__word,
    ACTIONS(284), 1,
      sym__line_end,
    ACTIONS(286), 1,
      anon_sym_RBRACE,
    STATE(22), 1,
      sym__keyword_target,
    STATE(109), 1,
      aux_sym_document_repeat1,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(282), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(17), 11,
      sym_acknowledge,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
  [1975] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      sym__word,
    ACTIONS(288), 1,
      anon_sym_RBRACE,
    ACTIONS(290), 1,
      sym__line_end,
    STATE(22), 1,
      sym__keyword_target,
    STATE(39), 1,
      aux_sym_document_repeat1,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(282), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(353), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(17), 11,
      sym_acknowledge,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
  [2059] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      sym__word,
    ACTIONS(284), 1,
      sym__line_end,
    ACTIONS(292), 1,
      anon_sym_RBRACE,
    STATE(22), 1,
      sym__keyword_target,
    STATE(109), 1,
      aux_sym_document_repeat1,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(282), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(17), 11,
      sym_acknowledge,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
  [2143] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      sym__word,
    ACTIONS(284), 1,
      sym__line_end,
    ACTIONS(294), 1,
      anon_sym_RBRACE,
    STATE(22), 1,
      sym__keyword_target,
    STATE(109), 1,
      aux_sym_document_repeat1,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(282), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(404), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(17), 11,
      sym_acknowledge,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
  [2227] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(278), 1,
      sym__word,
    ACTIONS(284), 1,
      sym__line_end,
    STATE(22), 1,
      sym__keyword_target,
    STATE(109), 1,
      aux_sym_document_repeat1,
    ACTIONS(107), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(109), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(111), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(113), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(115), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(117), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(119), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(121), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(123), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(125), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(127), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(282), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(17), 11,
      sym_acknowledge,
      sym__keyword_field,
      sym_description,
      sym_basis,
      sym_nature,
      sym_direction,
      sym_remark,
      sym_measure_unit,
      sym_weight,
      sym_mid_term,
      sym_long_term,
  [2308] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(298), 1,
      anon_sym_executed,
    ACTIONS(296), 40,
      sym__line_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [2357] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(302), 1,
      anon_sym_executed,
    ACTIONS(300), 40,
      sym__line_end,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [2406] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(306), 1,
      sym__continue,
    STATE(44), 1,
      aux_sym_text_repeat1,
    ACTIONS(304), 38,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2456] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(310), 1,
      sym__continue,
    STATE(44), 1,
      aux_sym_text_repeat1,
    ACTIONS(308), 38,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2506] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(306), 1,
      sym__continue,
    STATE(43), 1,
      aux_sym_text_repeat1,
    ACTIONS(313), 38,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2556] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 39,
      sym__line_end,
      sym__continue,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2601] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 39,
      sym__line_end,
      sym__continue,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2646] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(308), 39,
      sym__line_end,
      sym__continue,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_LBRACE,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2691] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(315), 36,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2733] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(317), 36,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2775] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(321), 1,
      sym__continue_alone,
    STATE(51), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(319), 34,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [2821] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(326), 1,
      sym__continue_alone,
    STATE(53), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(324), 34,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [2867] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(326), 1,
      sym__continue_alone,
    STATE(51), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(328), 34,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [2913] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(330), 36,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2955] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(332), 36,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [2997] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(319), 35,
      sym__line_end,
      sym__continue_alone,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [3038] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 35,
      sym__line_end,
      sym__continue_alone,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [3079] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 35,
      sym__line_end,
      sym__continue_alone,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [3120] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(334), 1,
      anon_sym_RBRACE,
    ACTIONS(354), 1,
      sym__line_end,
    STATE(65), 1,
      aux_sym_document_repeat1,
    STATE(382), 1,
      aux_sym_template_repeat2,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(78), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3185] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(356), 1,
      anon_sym_RBRACE,
    ACTIONS(358), 1,
      sym__line_end,
    STATE(66), 1,
      aux_sym_document_repeat1,
    STATE(386), 1,
      aux_sym_template_repeat2,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(78), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3250] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(362), 1,
      sym__continue,
    STATE(61), 1,
      aux_sym_text_repeat1,
    ACTIONS(308), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(360), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3295] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 1,
      sym__continue,
    STATE(61), 1,
      aux_sym_text_repeat1,
    ACTIONS(304), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(365), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3340] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(367), 1,
      sym__continue,
    STATE(62), 1,
      aux_sym_text_repeat1,
    ACTIONS(313), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(369), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3385] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(308), 3,
      sym__line_end,
      sym__continue,
      sym__word_comparator,
    ACTIONS(360), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3425] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(356), 1,
      anon_sym_RBRACE,
    ACTIONS(371), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(79), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3487] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(371), 1,
      sym__line_end,
    ACTIONS(373), 1,
      anon_sym_RBRACE,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(79), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3549] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(371), 1,
      sym__line_end,
    ACTIONS(375), 1,
      anon_sym_RBRACE,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(79), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3611] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(334), 1,
      anon_sym_RBRACE,
    ACTIONS(371), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(60), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3673] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(377), 1,
      anon_sym_RBRACE,
    ACTIONS(379), 1,
      sym__line_end,
    STATE(68), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(59), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [3735] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 3,
      sym__line_end,
      sym__continue,
      sym__word_comparator,
    ACTIONS(381), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3775] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 3,
      sym__line_end,
      sym__continue,
      sym__word_comparator,
    ACTIONS(383), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3815] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(387), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(385), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [3854] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(391), 1,
      anon_sym_RBRACE,
    ACTIONS(399), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(401), 1,
      anon_sym_done,
    ACTIONS(409), 1,
      sym__line_end,
    STATE(105), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(393), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(384), 5,
      sym_achieved,
      sym__monitoring_line,
      sym_monitoring_funds,
      sym_monitoring_row,
      sym_monitoring_continuation,
    STATE(148), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [3919] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(411), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(413), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(417), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(201), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
    STATE(532), 6,
      sym__evaluation_line,
      sym_evaluation_funds,
      sym_stated_rate,
      sym_achieved,
      sym_evaluation_row,
      sym_evaluation_continuation,
  [3982] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(399), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(401), 1,
      anon_sym_done,
    ACTIONS(425), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(393), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(508), 5,
      sym_achieved,
      sym__monitoring_line,
      sym_monitoring_funds,
      sym_monitoring_row,
      sym_monitoring_continuation,
    STATE(148), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [4047] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(429), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(427), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4086] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(399), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(401), 1,
      anon_sym_done,
    ACTIONS(431), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(393), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(508), 5,
      sym_achieved,
      sym__monitoring_line,
      sym_monitoring_funds,
      sym_monitoring_row,
      sym_monitoring_continuation,
    STATE(148), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [4151] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(433), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(435), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(438), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(441), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(444), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(447), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(450), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(453), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(456), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(459), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(78), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [4208] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    ACTIONS(462), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(78), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [4265] = 13,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(371), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(336), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(338), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(340), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(342), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(344), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(346), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(348), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(350), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(352), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(79), 11,
      sym_description,
      sym_basis,
      sym_nature,
      sym_measure_unit,
      sym__template_field,
      sym_template_category,
      sym_formula,
      sym_reference,
      sym_core,
      sym_applies_to,
      aux_sym_template_repeat1,
  [4324] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(464), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(413), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(417), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(201), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
    STATE(532), 6,
      sym__evaluation_line,
      sym_evaluation_funds,
      sym_stated_rate,
      sym_achieved,
      sym_evaluation_row,
      sym_evaluation_continuation,
  [4387] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(399), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(401), 1,
      anon_sym_done,
    ACTIONS(466), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(393), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(508), 5,
      sym_achieved,
      sym__monitoring_line,
      sym_monitoring_funds,
      sym_monitoring_row,
      sym_monitoring_continuation,
    STATE(148), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [4452] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(468), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(413), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(417), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(201), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
    STATE(532), 6,
      sym__evaluation_line,
      sym_evaluation_funds,
      sym_stated_rate,
      sym_achieved,
      sym_evaluation_row,
      sym_evaluation_continuation,
  [4515] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(470), 1,
      anon_sym_RBRACE,
    ACTIONS(472), 1,
      sym__line_end,
    STATE(93), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(413), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(417), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(201), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
    STATE(337), 6,
      sym__evaluation_line,
      sym_evaluation_funds,
      sym_stated_rate,
      sym_achieved,
      sym_evaluation_row,
      sym_evaluation_continuation,
  [4578] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(476), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(474), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4617] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(315), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(478), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4656] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(480), 1,
      sym__word,
    ACTIONS(484), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(482), 28,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4697] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(332), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(486), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4736] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(490), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(488), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4775] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(492), 1,
      sym__word,
    ACTIONS(496), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(494), 28,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4816] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(330), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(498), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4855] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(317), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(500), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4894] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(502), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(413), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(417), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(201), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
    STATE(381), 6,
      sym__evaluation_line,
      sym_evaluation_funds,
      sym_stated_rate,
      sym_achieved,
      sym_evaluation_row,
      sym_evaluation_continuation,
  [4957] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(506), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(504), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [4996] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(510), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(508), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5035] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(514), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(512), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5074] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(518), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(516), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5113] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(522), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(520), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5152] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(526), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(524), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5191] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(530), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(528), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5230] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(534), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(532), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5269] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(538), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(536), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5308] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(383), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5347] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 2,
      sym__line_end,
      sym__word_comparator,
    ACTIONS(381), 29,
      sym__word,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
      sym_comparator,
      sym_placeholder,
      sym_deadline,
  [5386] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(399), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(401), 1,
      anon_sym_done,
    ACTIONS(540), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(393), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(401), 5,
      sym_achieved,
      sym__monitoring_line,
      sym_monitoring_funds,
      sym_monitoring_row,
      sym_monitoring_continuation,
    STATE(148), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [5451] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(399), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(401), 1,
      anon_sym_done,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(393), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(508), 5,
      sym_achieved,
      sym__monitoring_line,
      sym_monitoring_funds,
      sym_monitoring_row,
      sym_monitoring_continuation,
    STATE(148), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [5513] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(395), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(413), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(417), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(201), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
    STATE(532), 6,
      sym__evaluation_line,
      sym_evaluation_funds,
      sym_stated_rate,
      sym_achieved,
      sym_evaluation_row,
      sym_evaluation_continuation,
  [5573] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(542), 1,
      ts_builtin_sym_end,
    ACTIONS(544), 1,
      sym__line_end,
    ACTIONS(9), 2,
      anon_sym_u5305u542b,
      anon_sym_include,
    ACTIONS(11), 2,
      anon_sym_u6587u6863,
      anon_sym_document,
    ACTIONS(13), 2,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
    ACTIONS(15), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    ACTIONS(17), 2,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
    ACTIONS(19), 2,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
    ACTIONS(21), 2,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
    ACTIONS(23), 2,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
    STATE(110), 10,
      sym__item,
      sym_include,
      sym_document,
      sym_department_goals,
      sym_unit_decl,
      sym_project,
      sym_self_evaluation,
      sym_monitoring,
      sym_library,
      aux_sym_source_file_repeat1,
  [5627] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(546), 1,
      sym__line_end,
    STATE(109), 1,
      aux_sym_document_repeat1,
    ACTIONS(85), 26,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
      anon_sym_u6a21u677f,
      anon_sym_template,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
  [5665] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(549), 1,
      ts_builtin_sym_end,
    ACTIONS(575), 1,
      sym__line_end,
    ACTIONS(551), 2,
      anon_sym_u5305u542b,
      anon_sym_include,
    ACTIONS(554), 2,
      anon_sym_u6587u6863,
      anon_sym_document,
    ACTIONS(557), 2,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
    ACTIONS(560), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    ACTIONS(563), 2,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
    ACTIONS(566), 2,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
    ACTIONS(569), 2,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
    ACTIONS(572), 2,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
    STATE(110), 10,
      sym__item,
      sym_include,
      sym_document,
      sym_department_goals,
      sym_unit_decl,
      sym_project,
      sym_self_evaluation,
      sym_monitoring,
      sym_library,
      aux_sym_source_file_repeat1,
  [5719] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(578), 1,
      anon_sym_RBRACE,
    ACTIONS(594), 1,
      sym__line_end,
    STATE(112), 1,
      aux_sym_document_repeat1,
    ACTIONS(580), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(582), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(584), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(586), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(588), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(590), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(592), 2,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
    STATE(344), 9,
      sym__department_goals_line,
      sym_dept_code,
      sym_dept_budget,
      sym_dept_functions,
      sym_duty,
      sym_overall,
      sym_sub_goal,
      sym_measure,
      sym_indicator_group,
  [5774] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(596), 1,
      anon_sym_RBRACE,
    ACTIONS(598), 1,
      sym__line_end,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(580), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(582), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(584), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(586), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(588), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(590), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(592), 2,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
    STATE(400), 9,
      sym__department_goals_line,
      sym_dept_code,
      sym_dept_budget,
      sym_dept_functions,
      sym_duty,
      sym_overall,
      sym_sub_goal,
      sym_measure,
      sym_indicator_group,
  [5829] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(598), 1,
      sym__line_end,
    ACTIONS(600), 1,
      anon_sym_RBRACE,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(580), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(582), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(584), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(586), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(588), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(590), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(592), 2,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
    STATE(598), 9,
      sym__department_goals_line,
      sym_dept_code,
      sym_dept_budget,
      sym_dept_functions,
      sym_duty,
      sym_overall,
      sym_sub_goal,
      sym_measure,
      sym_indicator_group,
  [5884] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(598), 1,
      sym__line_end,
    ACTIONS(602), 1,
      anon_sym_RBRACE,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(580), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(582), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(584), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(586), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(588), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(590), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(592), 2,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
    STATE(598), 9,
      sym__department_goals_line,
      sym_dept_code,
      sym_dept_budget,
      sym_dept_functions,
      sym_duty,
      sym_overall,
      sym_sub_goal,
      sym_measure,
      sym_indicator_group,
  [5939] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(598), 1,
      sym__line_end,
    ACTIONS(604), 1,
      anon_sym_RBRACE,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(580), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(582), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(584), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(586), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(588), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(590), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(592), 2,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
    STATE(598), 9,
      sym__department_goals_line,
      sym_dept_code,
      sym_dept_budget,
      sym_dept_functions,
      sym_duty,
      sym_overall,
      sym_sub_goal,
      sym_measure,
      sym_indicator_group,
  [5994] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(598), 1,
      sym__line_end,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(580), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(582), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(584), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(586), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(588), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(590), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(592), 2,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
    STATE(598), 9,
      sym__department_goals_line,
      sym_dept_code,
      sym_dept_budget,
      sym_dept_functions,
      sym_duty,
      sym_overall,
      sym_sub_goal,
      sym_measure,
      sym_indicator_group,
  [6046] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(606), 26,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [6078] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(608), 1,
      sym__word,
    ACTIONS(610), 1,
      anon_sym_DQUOTE,
    ACTIONS(614), 1,
      sym__line_end,
    STATE(119), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
    ACTIONS(612), 19,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6117] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(616), 1,
      sym__word,
    ACTIONS(619), 1,
      anon_sym_DQUOTE,
    ACTIONS(624), 1,
      sym__line_end,
    STATE(119), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
    ACTIONS(622), 19,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6156] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(626), 1,
      anon_sym_RBRACE,
    ACTIONS(632), 1,
      sym__line_end,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(123), 4,
      sym_evaluation_source,
      sym_execution_amount,
      sym_deviation,
      aux_sym_evaluation_funds_repeat1,
    ACTIONS(630), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
    ACTIONS(628), 10,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
  [6196] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(634), 1,
      anon_sym_RBRACE,
    ACTIONS(645), 1,
      sym__line_end,
    ACTIONS(642), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(121), 4,
      sym_evaluation_source,
      sym_execution_amount,
      sym_deviation,
      aux_sym_evaluation_funds_repeat1,
    ACTIONS(639), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
    ACTIONS(636), 10,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
  [6236] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(387), 24,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6266] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(648), 1,
      anon_sym_RBRACE,
    ACTIONS(650), 1,
      sym__line_end,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(121), 4,
      sym_evaluation_source,
      sym_execution_amount,
      sym_deviation,
      aux_sym_evaluation_funds_repeat1,
    ACTIONS(630), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
    ACTIONS(628), 10,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
  [6306] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(387), 1,
      sym__line_end,
    ACTIONS(385), 21,
      sym__word,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6336] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 1,
      sym__line_end,
    ACTIONS(383), 21,
      sym__word,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6366] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym__line_end,
    ACTIONS(381), 21,
      sym__word,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6396] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(652), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(90), 19,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6427] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(484), 1,
      sym__line_end,
    ACTIONS(655), 1,
      sym__word,
    ACTIONS(482), 19,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6458] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(496), 1,
      sym__line_end,
    ACTIONS(657), 1,
      sym__word,
    ACTIONS(494), 19,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6489] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(659), 1,
      anon_sym_RBRACE,
    ACTIONS(663), 1,
      sym__line_end,
    STATE(133), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(661), 16,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
  [6521] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(665), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6547] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(663), 1,
      sym__line_end,
    ACTIONS(667), 1,
      anon_sym_RBRACE,
    STATE(133), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(661), 16,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
  [6579] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(669), 1,
      anon_sym_RBRACE,
    ACTIONS(674), 1,
      sym__line_end,
    STATE(133), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(671), 16,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
  [6611] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(677), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [6637] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(679), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [6663] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(681), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6689] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(683), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6715] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(685), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6741] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(687), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6767] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(689), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
      anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e,
      anon_sym_current_appropriation,
      anon_sym_u4e0au5e74u7ed3u8f6c,
      anon_sym_carried_over,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [6793] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(691), 1,
      anon_sym_RBRACE,
    ACTIONS(693), 1,
      sym__line_end,
    STATE(132), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(661), 16,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
  [6825] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(695), 1,
      anon_sym_RBRACE,
    ACTIONS(697), 1,
      sym__line_end,
    STATE(130), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(661), 16,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
  [6857] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(514), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6883] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(518), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6909] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(522), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6935] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(534), 20,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
      anon_sym_u4f9du636e,
      anon_sym_basis,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
      anon_sym_u7c7bu522b,
      anon_sym_category,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
      anon_sym_u6838u5fc3,
      anon_sym_core,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
  [6961] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(401), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    ACTIONS(699), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(150), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [6998] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(401), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    ACTIONS(701), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(149), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [7035] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(703), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(705), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(708), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(711), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(714), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(717), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(149), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [7072] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(397), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(401), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(403), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(405), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(407), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    ACTIONS(720), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(149), 7,
      sym__monitoring_field,
      sym_done,
      sym_forecast,
      sym_likelihood,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_row_repeat1,
  [7109] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(722), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7133] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(724), 1,
      anon_sym_RBRACE,
    ACTIONS(729), 1,
      sym__line_end,
    STATE(607), 1,
      sym_month_end,
    STATE(152), 2,
      sym_schedule_entry,
      aux_sym_schedule_repeat1,
    ACTIONS(726), 13,
      aux_sym_month_end_token1,
      anon_sym_jan,
      anon_sym_feb,
      anon_sym_mar,
      anon_sym_apr,
      anon_sym_may,
      anon_sym_jun,
      anon_sym_jul,
      anon_sym_aug,
      anon_sym_sep,
      anon_sym_oct,
      anon_sym_nov,
      anon_sym_dec,
  [7165] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(732), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7189] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(734), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7213] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(736), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7237] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(738), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7261] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(740), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7285] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(742), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7309] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(744), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7333] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(746), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7357] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(748), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7381] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(750), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7405] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(752), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7429] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(754), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7453] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(756), 18,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u8d22u653fu8d44u91d1,
      anon_sym_fiscal,
      anon_sym_u8d22u653fu62e8u6b3e,
      anon_sym_appropriation,
      anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1,
      anon_sym_higher_fiscal,
      anon_sym_u672cu7ea7u8d22u653fu8d44u91d1,
      anon_sym_local_fiscal,
      anon_sym_u81eau6709u8d44u91d1,
      anon_sym_own_funds,
      anon_sym_u4e8bu4e1au6536u5165,
      anon_sym_service_income,
      anon_sym_u7ecfu8425u6027u6536u5165,
      anon_sym_business_income,
      anon_sym_u5176u4ed6u8d44u91d1,
      anon_sym_other,
  [7477] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(758), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7501] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(760), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7525] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(762), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7549] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(764), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7573] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(766), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7597] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(768), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7621] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(770), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7645] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(772), 1,
      sym__line_end,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(85), 16,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
      anon_sym_u9884u7b97,
      anon_sym_budget,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
      anon_sym_u4fddu969cu63aau65bd,
      anon_sym_measure,
  [7673] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(775), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7697] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(777), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7721] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(779), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7745] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(781), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7769] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(783), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7793] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(785), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7817] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(787), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7841] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(789), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7865] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(791), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7889] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(793), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7913] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(795), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7937] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(797), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7961] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(799), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [7985] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(801), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [8009] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(803), 1,
      sym__word,
    ACTIONS(805), 1,
      anon_sym_DQUOTE,
    ACTIONS(809), 1,
      sym__line_end,
    STATE(207), 1,
      sym_string,
    STATE(223), 1,
      sym_evaluation_text,
    STATE(198), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(807), 11,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8045] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(811), 1,
      anon_sym_RBRACE,
    ACTIONS(815), 1,
      sym__line_end,
    STATE(607), 1,
      sym_month_end,
    STATE(152), 2,
      sym_schedule_entry,
      aux_sym_schedule_repeat1,
    ACTIONS(813), 13,
      aux_sym_month_end_token1,
      anon_sym_jan,
      anon_sym_feb,
      anon_sym_mar,
      anon_sym_apr,
      anon_sym_may,
      anon_sym_jun,
      anon_sym_jul,
      anon_sym_aug,
      anon_sym_sep,
      anon_sym_oct,
      anon_sym_nov,
      anon_sym_dec,
  [8077] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(817), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [8101] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(819), 1,
      anon_sym_RBRACE,
    ACTIONS(821), 1,
      sym__line_end,
    STATE(607), 1,
      sym_month_end,
    STATE(189), 2,
      sym_schedule_entry,
      aux_sym_schedule_repeat1,
    ACTIONS(813), 13,
      aux_sym_month_end_token1,
      anon_sym_jan,
      anon_sym_feb,
      anon_sym_mar,
      anon_sym_apr,
      anon_sym_may,
      anon_sym_jun,
      anon_sym_jul,
      anon_sym_aug,
      anon_sym_sep,
      anon_sym_oct,
      anon_sym_nov,
      anon_sym_dec,
  [8133] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(823), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [8157] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(825), 18,
      sym__line_end,
      ts_builtin_sym_end,
      anon_sym_u5305u542b,
      anon_sym_include,
      anon_sym_u6587u6863,
      anon_sym_document,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
      anon_sym_u9879u76ee,
      anon_sym_project,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
  [8181] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(809), 1,
      sym__line_end,
    ACTIONS(827), 1,
      sym__word,
    ACTIONS(829), 1,
      anon_sym_DQUOTE,
    STATE(52), 1,
      sym_string,
    STATE(224), 1,
      sym_evaluation_text,
    STATE(196), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(807), 11,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8217] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(831), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(833), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(836), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(839), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(842), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(195), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8249] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(845), 1,
      sym__word,
    ACTIONS(850), 1,
      sym__line_end,
    STATE(196), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(848), 12,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8277] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(852), 1,
      anon_sym_RBRACE,
    ACTIONS(860), 1,
      sym__line_end,
    ACTIONS(856), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(858), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(200), 4,
      sym_monitoring_amount,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_funds_repeat1,
    ACTIONS(854), 6,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
  [8309] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(850), 1,
      sym__line_end,
    ACTIONS(862), 1,
      sym__word,
    STATE(198), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(848), 12,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8337] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(865), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(195), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8369] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(867), 1,
      anon_sym_RBRACE,
    ACTIONS(878), 1,
      sym__line_end,
    ACTIONS(872), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(875), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(200), 4,
      sym_monitoring_amount,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_funds_repeat1,
    ACTIONS(869), 6,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
  [8401] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(881), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(195), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8433] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(415), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(419), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(421), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(423), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(883), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(199), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8465] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(885), 1,
      anon_sym_RBRACE,
    ACTIONS(887), 1,
      sym__line_end,
    ACTIONS(856), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(858), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(197), 4,
      sym_monitoring_amount,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_funds_repeat1,
    ACTIONS(854), 6,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
  [8497] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(889), 15,
      sym__line_end,
      anon_sym_RBRACE,
      aux_sym_month_end_token1,
      anon_sym_jan,
      anon_sym_feb,
      anon_sym_mar,
      anon_sym_apr,
      anon_sym_may,
      anon_sym_jun,
      anon_sym_jul,
      anon_sym_aug,
      anon_sym_sep,
      anon_sym_oct,
      anon_sym_nov,
      anon_sym_dec,
  [8518] = 3,
    ACTIONS(7), 1,
      sym_comment,
    STATE(614), 1,
      sym_month_end,
    ACTIONS(813), 13,
      aux_sym_month_end_token1,
      anon_sym_jan,
      anon_sym_feb,
      anon_sym_mar,
      anon_sym_apr,
      anon_sym_may,
      anon_sym_jun,
      anon_sym_jul,
      anon_sym_aug,
      anon_sym_sep,
      anon_sym_oct,
      anon_sym_nov,
      anon_sym_dec,
  [8540] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(891), 1,
      sym__continue_alone,
    STATE(208), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(328), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8564] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(891), 1,
      sym__continue_alone,
    STATE(206), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(324), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8588] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(893), 1,
      sym__continue_alone,
    STATE(208), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(319), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8612] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(898), 1,
      sym__line_end,
    ACTIONS(896), 13,
      sym__word,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8634] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(898), 1,
      sym__line_end,
    ACTIONS(896), 13,
      sym__word,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8656] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(902), 1,
      sym_unit,
    ACTIONS(904), 1,
      sym__line_end,
    ACTIONS(900), 11,
      anon_sym_RBRACE,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_EQ,
      anon_sym_uff1d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [8679] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 13,
      sym__line_end,
      sym__continue_alone,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8698] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(319), 13,
      sym__line_end,
      sym__continue_alone,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8717] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(484), 1,
      sym__line_end,
    ACTIONS(655), 1,
      sym__word,
    ACTIONS(482), 11,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8740] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(496), 1,
      sym__line_end,
    ACTIONS(657), 1,
      sym__word,
    ACTIONS(494), 11,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8763] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 13,
      sym__line_end,
      sym__continue_alone,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8782] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(906), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(910), 2,
      anon_sym_EQ,
      anon_sym_uff1d,
    ACTIONS(908), 4,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
    ACTIONS(912), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [8806] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(914), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_EQ,
      anon_sym_uff1d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [8824] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(916), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_EQ,
      anon_sym_uff1d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [8842] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(918), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8860] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(809), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8878] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(920), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8896] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(922), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8914] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(922), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8932] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(809), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8950] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(924), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8968] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(926), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [8986] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(928), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [9004] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(920), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
      anon_sym_u5b8cu6210,
      anon_sym_done,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
  [9022] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(930), 12,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_EQ,
      anon_sym_uff1d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [9040] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(912), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
    ACTIONS(914), 8,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_EQ,
      anon_sym_uff1d,
      anon_sym_PLUS,
      anon_sym_uff0b,
  [9060] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(932), 1,
      sym_unit,
    ACTIONS(900), 10,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
      anon_sym_RPAREN,
      anon_sym_uff09,
  [9079] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(934), 1,
      sym_deadline,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    STATE(94), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9110] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(936), 1,
      sym__word,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(942), 1,
      sym_comparator,
    ACTIONS(944), 1,
      sym_deadline,
    ACTIONS(946), 1,
      sym__word_comparator,
    STATE(55), 1,
      sym_string,
    ACTIONS(940), 2,
      sym_number,
      sym_placeholder,
    STATE(139), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9141] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(484), 1,
      sym__line_end,
    ACTIONS(655), 1,
      sym__word,
    ACTIONS(482), 9,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9162] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(948), 1,
      sym_deadline,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    STATE(95), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9193] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(936), 1,
      sym__word,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(952), 1,
      sym_comparator,
    ACTIONS(954), 1,
      sym_deadline,
    ACTIONS(956), 1,
      sym__word_comparator,
    STATE(55), 1,
      sym_string,
    ACTIONS(950), 2,
      sym_number,
      sym_placeholder,
    STATE(227), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9224] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(496), 1,
      sym__line_end,
    ACTIONS(657), 1,
      sym__word,
    ACTIONS(494), 9,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9245] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(936), 1,
      sym__word,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(960), 1,
      sym_comparator,
    ACTIONS(962), 1,
      sym_deadline,
    ACTIONS(964), 1,
      sym__word_comparator,
    STATE(55), 1,
      sym_string,
    ACTIONS(958), 2,
      sym_number,
      sym_placeholder,
    STATE(252), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9276] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(936), 1,
      sym__word,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(952), 1,
      sym_comparator,
    ACTIONS(956), 1,
      sym__word_comparator,
    ACTIONS(966), 1,
      sym_deadline,
    STATE(55), 1,
      sym_string,
    ACTIONS(950), 2,
      sym_number,
      sym_placeholder,
    STATE(226), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9307] = 9,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(99), 1,
      sym__word,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(129), 1,
      sym_comparator,
    ACTIONS(135), 1,
      sym__word_comparator,
    ACTIONS(968), 1,
      sym_deadline,
    STATE(88), 1,
      sym_string,
    ACTIONS(103), 2,
      sym_number,
      sym_placeholder,
    STATE(102), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9338] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(970), 10,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9354] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(972), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
    ACTIONS(914), 6,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_RPAREN,
      anon_sym_uff09,
  [9372] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(974), 1,
      anon_sym_RBRACE,
    ACTIONS(979), 1,
      sym__line_end,
    STATE(244), 2,
      sym_execution_amount,
      aux_sym_evaluation_source_repeat1,
    ACTIONS(976), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
  [9394] = 4,
    ACTIONS(7), 1,
      sym_comment,
    STATE(328), 1,
      sym_money_unit,
    ACTIONS(982), 4,
      anon_sym_u4e07u5143,
      anon_sym_u4ebfu5143,
      anon_sym_u5343u5143,
      anon_sym_u5143,
    ACTIONS(274), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [9414] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(916), 10,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
      anon_sym_RPAREN,
      anon_sym_uff09,
  [9430] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(914), 10,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
      anon_sym_RPAREN,
      anon_sym_uff09,
  [9446] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(930), 10,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
      anon_sym_RPAREN,
      anon_sym_uff09,
  [9462] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(986), 2,
      anon_sym_RPAREN,
      anon_sym_uff09,
    ACTIONS(972), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
    ACTIONS(984), 4,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
  [9482] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(988), 1,
      anon_sym_RBRACE,
    ACTIONS(990), 1,
      sym__line_end,
    STATE(253), 2,
      sym_execution_amount,
      aux_sym_evaluation_source_repeat1,
    ACTIONS(630), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
  [9504] = 3,
    ACTIONS(7), 1,
      sym_comment,
    STATE(615), 1,
      sym_period_to,
    ACTIONS(992), 9,
      anon_sym_u81f3,
      anon_sym_u5230,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_u2014,
      anon_sym_u2013,
      anon_sym_TILDE,
      anon_sym_uff5e,
      anon_sym_to,
  [9522] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(994), 10,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9538] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(996), 1,
      anon_sym_RBRACE,
    ACTIONS(998), 1,
      sym__line_end,
    STATE(244), 2,
      sym_execution_amount,
      aux_sym_evaluation_source_repeat1,
    ACTIONS(630), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
  [9560] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(476), 10,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9576] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1000), 2,
      anon_sym_RPAREN,
      anon_sym_uff09,
    ACTIONS(972), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
    ACTIONS(984), 4,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
  [9596] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1002), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(1004), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(1006), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9621] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1010), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9648] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1014), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(1004), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(1006), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9673] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1016), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(355), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9700] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1016), 1,
      anon_sym_RBRACE,
    ACTIONS(1018), 1,
      sym__line_end,
    STATE(268), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(355), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9727] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1020), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9754] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1022), 1,
      anon_sym_RBRACE,
    ACTIONS(1024), 1,
      sym__line_end,
    STATE(259), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(414), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9781] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1026), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(1004), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(1006), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9806] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1028), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(1004), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(1006), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(346), 2,
      sym_indicators_text,
      sym_goal,
  [9831] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1030), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9858] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1032), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9885] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1034), 1,
      anon_sym_RBRACE,
    ACTIONS(1036), 1,
      sym__line_end,
    STATE(264), 1,
      aux_sym_document_repeat1,
    ACTIONS(1004), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(1006), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(406), 2,
      sym_indicators_text,
      sym_goal,
  [9910] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    ACTIONS(1010), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(376), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9937] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1038), 1,
      anon_sym_RBRACE,
    ACTIONS(1042), 1,
      sym__line_end,
    STATE(278), 2,
      sym_dept_fund,
      aux_sym_dept_budget_repeat1,
    ACTIONS(1040), 4,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [9957] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1044), 1,
      anon_sym_RBRACE,
    ACTIONS(1049), 1,
      sym__line_end,
    STATE(270), 2,
      sym_review_field,
      aux_sym_review_repeat1,
    ACTIONS(1046), 4,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [9977] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1052), 1,
      anon_sym_RBRACE,
    ACTIONS(1056), 1,
      sym__line_end,
    STATE(277), 2,
      sym_review_field,
      aux_sym_review_repeat1,
    ACTIONS(1054), 4,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [9997] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1058), 1,
      anon_sym_RBRACE,
    ACTIONS(1063), 1,
      sym__line_end,
    STATE(272), 2,
      sym_dept_fund,
      aux_sym_dept_budget_repeat1,
    ACTIONS(1060), 4,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [10017] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1066), 1,
      anon_sym_LBRACE,
    ACTIONS(1068), 2,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
    ACTIONS(1070), 2,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
    STATE(279), 3,
      sym_requested,
      sym_previously,
      aux_sym_breakdown_repeat1,
  [10037] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1072), 1,
      anon_sym_LBRACE,
    ACTIONS(1074), 2,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
    ACTIONS(1077), 2,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
    STATE(274), 3,
      sym_requested,
      sym_previously,
      aux_sym_breakdown_repeat1,
  [10057] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(1004), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(1006), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [10079] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1008), 1,
      anon_sym_DQUOTE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1012), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [10103] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1080), 1,
      anon_sym_RBRACE,
    ACTIONS(1082), 1,
      sym__line_end,
    STATE(270), 2,
      sym_review_field,
      aux_sym_review_repeat1,
    ACTIONS(1054), 4,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [10123] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1084), 1,
      anon_sym_RBRACE,
    ACTIONS(1086), 1,
      sym__line_end,
    STATE(272), 2,
      sym_dept_fund,
      aux_sym_dept_budget_repeat1,
    ACTIONS(1040), 4,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [10143] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1088), 1,
      anon_sym_LBRACE,
    ACTIONS(1068), 2,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
    ACTIONS(1070), 2,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
    STATE(274), 3,
      sym_requested,
      sym_previously,
      aux_sym_breakdown_repeat1,
  [10163] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1090), 1,
      sym_number,
    ACTIONS(1092), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(217), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10180] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1094), 1,
      sym__word,
    ACTIONS(1096), 1,
      anon_sym_DQUOTE,
    ACTIONS(1098), 1,
      anon_sym_RBRACE,
    ACTIONS(1100), 1,
      sym__line_end,
    STATE(285), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10201] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1102), 1,
      sym__word,
    ACTIONS(1104), 1,
      anon_sym_RBRACE,
    ACTIONS(1108), 1,
      sym__line_end,
    ACTIONS(1106), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    STATE(288), 2,
      sym_scoring_setting,
      aux_sym_scoring_repeat1,
  [10222] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1110), 1,
      sym__word,
    ACTIONS(1113), 1,
      anon_sym_RBRACE,
    ACTIONS(1118), 1,
      sym__line_end,
    ACTIONS(1115), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    STATE(283), 2,
      sym_scoring_setting,
      aux_sym_scoring_repeat1,
  [10243] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1121), 1,
      sym_number,
    ACTIONS(1123), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(243), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10260] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(622), 1,
      anon_sym_RBRACE,
    ACTIONS(624), 1,
      sym__line_end,
    ACTIONS(1125), 1,
      sym__word,
    ACTIONS(1128), 1,
      anon_sym_DQUOTE,
    STATE(285), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10281] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1121), 1,
      sym_number,
    ACTIONS(1123), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(247), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10298] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1094), 1,
      sym__word,
    ACTIONS(1096), 1,
      anon_sym_DQUOTE,
    ACTIONS(1131), 1,
      anon_sym_RBRACE,
    ACTIONS(1133), 1,
      sym__line_end,
    STATE(285), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10319] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1102), 1,
      sym__word,
    ACTIONS(1135), 1,
      anon_sym_RBRACE,
    ACTIONS(1137), 1,
      sym__line_end,
    ACTIONS(1106), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    STATE(283), 2,
      sym_scoring_setting,
      aux_sym_scoring_repeat1,
  [10340] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1090), 1,
      sym_number,
    ACTIONS(1092), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(218), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10357] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1121), 1,
      sym_number,
    ACTIONS(1123), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(249), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10374] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1090), 1,
      sym_number,
    ACTIONS(1092), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(231), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10391] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1121), 1,
      sym_number,
    ACTIONS(1123), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(255), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10408] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1139), 6,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [10420] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1141), 1,
      sym__word,
    ACTIONS(1143), 1,
      anon_sym_DQUOTE,
    ACTIONS(1145), 2,
      anon_sym_u90e8u95e8u6574u4f53,
      anon_sym_whole_department,
    STATE(619), 2,
      sym_code,
      sym_string,
  [10438] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1147), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(389), 1,
      sym_template,
    ACTIONS(1149), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10458] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1151), 1,
      sym__word,
    ACTIONS(1153), 1,
      anon_sym_RBRACE,
    ACTIONS(1155), 1,
      sym__line_end,
    STATE(511), 1,
      sym_code,
    STATE(309), 2,
      sym_rule_setting,
      aux_sym_rules_repeat1,
  [10478] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1157), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1149), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10498] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1159), 1,
      sym__word,
    ACTIONS(1162), 1,
      anon_sym_RBRACE,
    ACTIONS(1164), 1,
      sym__line_end,
    STATE(511), 1,
      sym_code,
    STATE(298), 2,
      sym_rule_setting,
      aux_sym_rules_repeat1,
  [10518] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1167), 1,
      anon_sym_RBRACE,
    ACTIONS(1171), 1,
      sym__line_end,
    ACTIONS(1169), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    STATE(304), 2,
      sym_duty_project,
      aux_sym_duty_repeat1,
  [10536] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1173), 1,
      anon_sym_DQUOTE,
    ACTIONS(1176), 1,
      anon_sym_RBRACE,
    ACTIONS(1178), 1,
      sym__line_end,
    STATE(413), 1,
      sym_string,
    STATE(300), 2,
      sym_plan_row,
      aux_sym_plan_repeat1,
  [10556] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1181), 1,
      anon_sym_RBRACE,
    ACTIONS(1183), 1,
      sym__line_end,
    STATE(295), 1,
      aux_sym_document_repeat1,
    STATE(372), 1,
      sym_template,
    ACTIONS(1149), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10576] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1185), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1149), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10596] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1187), 1,
      anon_sym_DQUOTE,
    ACTIONS(1189), 1,
      anon_sym_RBRACE,
    ACTIONS(1191), 1,
      sym__line_end,
    STATE(413), 1,
      sym_string,
    STATE(310), 2,
      sym_plan_row,
      aux_sym_plan_repeat1,
  [10616] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1193), 1,
      anon_sym_RBRACE,
    ACTIONS(1195), 1,
      sym__line_end,
    ACTIONS(1169), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    STATE(305), 2,
      sym_duty_project,
      aux_sym_duty_repeat1,
  [10634] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1197), 1,
      anon_sym_RBRACE,
    ACTIONS(1202), 1,
      sym__line_end,
    ACTIONS(1199), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    STATE(305), 2,
      sym_duty_project,
      aux_sym_duty_repeat1,
  [10652] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(829), 1,
      anon_sym_DQUOTE,
    ACTIONS(1205), 1,
      sym__word,
    STATE(52), 1,
      sym_string,
    STATE(225), 1,
      sym_evaluation_text,
    STATE(194), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
  [10672] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1207), 6,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [10684] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    ACTIONS(1209), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1149), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10704] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1151), 1,
      sym__word,
    ACTIONS(1211), 1,
      anon_sym_RBRACE,
    ACTIONS(1213), 1,
      sym__line_end,
    STATE(511), 1,
      sym_code,
    STATE(298), 2,
      sym_rule_setting,
      aux_sym_rules_repeat1,
  [10724] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1187), 1,
      anon_sym_DQUOTE,
    ACTIONS(1215), 1,
      anon_sym_RBRACE,
    ACTIONS(1217), 1,
      sym__line_end,
    STATE(413), 1,
      sym_string,
    STATE(300), 2,
      sym_plan_row,
      aux_sym_plan_repeat1,
  [10744] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(805), 1,
      anon_sym_DQUOTE,
    ACTIONS(1219), 1,
      sym__word,
    STATE(207), 1,
      sym_string,
    STATE(221), 1,
      sym_evaluation_text,
    STATE(188), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
  [10764] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1221), 1,
      sym__word,
    ACTIONS(1223), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(439), 1,
      sym_code,
    STATE(616), 1,
      sym_text,
  [10783] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1227), 1,
      sym__line_end,
    ACTIONS(1225), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10796] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1229), 1,
      anon_sym_DQUOTE,
    STATE(23), 1,
      sym_text,
    STATE(63), 1,
      sym_string,
    ACTIONS(1231), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10813] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1235), 1,
      sym__line_end,
    ACTIONS(1233), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10826] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1237), 1,
      sym_number,
    STATE(329), 1,
      sym_money,
    STATE(604), 1,
      sym_approx,
    ACTIONS(1239), 2,
      anon_sym_u7ea6,
      anon_sym_approx,
  [10843] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1090), 1,
      sym_number,
    STATE(496), 1,
      sym_approx,
    STATE(497), 1,
      sym_quantity,
    ACTIONS(1239), 2,
      anon_sym_u7ea6,
      anon_sym_approx,
  [10860] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1241), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10871] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(597), 1,
      sym_text,
    ACTIONS(1245), 2,
      anon_sym_u7248u672c,
      anon_sym_revision,
  [10888] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1094), 1,
      sym__word,
    ACTIONS(1096), 1,
      anon_sym_DQUOTE,
    STATE(287), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10903] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1094), 1,
      sym__word,
    ACTIONS(1096), 1,
      anon_sym_DQUOTE,
    STATE(281), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10918] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1249), 1,
      sym__line_end,
    ACTIONS(1247), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10931] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1251), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10942] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym__line_end,
    ACTIONS(1253), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10955] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1257), 1,
      sym__continue,
    STATE(334), 1,
      aux_sym_text_repeat1,
    ACTIONS(313), 3,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [10970] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1259), 1,
      sym__continue,
    STATE(326), 1,
      aux_sym_text_repeat1,
    ACTIONS(308), 3,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [10985] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(296), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10996] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(300), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [11007] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1262), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [11018] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 5,
      anon_sym_DQUOTE,
      anon_sym_LBRACE,
      sym_period_bound,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [11029] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 5,
      anon_sym_DQUOTE,
      anon_sym_LBRACE,
      sym_period_bound,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [11040] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(610), 1,
      anon_sym_DQUOTE,
    ACTIONS(1264), 1,
      sym__word,
    STATE(118), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [11055] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(536), 1,
      sym_money,
    STATE(539), 1,
      sym_approx,
    ACTIONS(1239), 2,
      anon_sym_u7ea6,
      anon_sym_approx,
  [11072] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1257), 1,
      sym__continue,
    STATE(326), 1,
      aux_sym_text_repeat1,
    ACTIONS(304), 3,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [11087] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(264), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1149), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [11104] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1020), 1,
      anon_sym_RBRACE,
    ACTIONS(1268), 1,
      sym__line_end,
    STATE(265), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11120] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(502), 1,
      anon_sym_RBRACE,
    ACTIONS(1270), 1,
      sym__line_end,
    STATE(83), 1,
      aux_sym_document_repeat1,
    STATE(380), 1,
      aux_sym_self_evaluation_repeat1,
  [11136] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1272), 1,
      anon_sym_RBRACE,
    ACTIONS(1274), 1,
      sym__line_end,
    STATE(12), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11152] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1277), 1,
      anon_sym_RBRACE,
    ACTIONS(1279), 1,
      sym__line_end,
    STATE(11), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11168] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(266), 1,
      anon_sym_RBRACE,
    ACTIONS(1281), 1,
      sym__line_end,
    STATE(32), 1,
      aux_sym_document_repeat1,
    STATE(398), 1,
      aux_sym_document_repeat2,
  [11184] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1283), 1,
      anon_sym_RBRACE,
    ACTIONS(1285), 1,
      sym__line_end,
    STATE(40), 1,
      aux_sym_document_repeat1,
    STATE(341), 1,
      aux_sym_indicator_group_repeat1,
  [11200] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(266), 1,
      anon_sym_RBRACE,
    ACTIONS(1281), 1,
      sym__line_end,
    STATE(32), 1,
      aux_sym_document_repeat1,
    STATE(399), 1,
      aux_sym_document_repeat2,
  [11216] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1288), 1,
      anon_sym_RBRACE,
    ACTIONS(1290), 1,
      sym__line_end,
    STATE(38), 1,
      aux_sym_document_repeat1,
    STATE(341), 1,
      aux_sym_indicator_group_repeat1,
  [11232] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1292), 1,
      anon_sym_RBRACE,
    ACTIONS(1294), 1,
      sym__line_end,
    STATE(115), 1,
      aux_sym_document_repeat1,
    STATE(397), 1,
      aux_sym_department_goals_repeat1,
  [11248] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1002), 1,
      anon_sym_RBRACE,
    ACTIONS(1296), 1,
      sym__line_end,
    STATE(263), 1,
      aux_sym_document_repeat1,
    STATE(368), 1,
      aux_sym_sub_goal_repeat1,
  [11264] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1002), 1,
      anon_sym_RBRACE,
    ACTIONS(1296), 1,
      sym__line_end,
    STATE(263), 1,
      aux_sym_document_repeat1,
    STATE(369), 1,
      aux_sym_sub_goal_repeat1,
  [11280] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1298), 1,
      anon_sym_RBRACE,
    ACTIONS(1300), 1,
      sym__line_end,
    STATE(10), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11296] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(1302), 1,
      sym__word,
    STATE(97), 2,
      sym_string,
      sym__word_or_string,
  [11310] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(1302), 1,
      sym__word,
    STATE(98), 2,
      sym_string,
      sym__word_or_string,
  [11324] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(1302), 1,
      sym__word,
    STATE(99), 2,
      sym_string,
      sym__word_or_string,
  [11338] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(1302), 1,
      sym__word,
    STATE(100), 2,
      sym_string,
      sym__word_or_string,
  [11352] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(101), 1,
      anon_sym_DQUOTE,
    ACTIONS(1302), 1,
      sym__word,
    STATE(101), 2,
      sym_string,
      sym__word_or_string,
  [11366] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1304), 1,
      anon_sym_RBRACE,
    ACTIONS(1306), 1,
      sym__line_end,
    STATE(35), 1,
      aux_sym_document_repeat1,
    STATE(402), 1,
      aux_sym_indicator_group_repeat1,
  [11382] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_RBRACE,
    ACTIONS(1308), 1,
      sym__line_end,
    STATE(261), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11398] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1010), 1,
      anon_sym_RBRACE,
    ACTIONS(1308), 1,
      sym__line_end,
    STATE(261), 1,
      aux_sym_document_repeat1,
    STATE(336), 1,
      aux_sym_breakdown_repeat2,
  [11414] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1143), 1,
      anon_sym_DQUOTE,
    ACTIONS(1221), 1,
      sym__word,
    STATE(482), 2,
      sym_code,
      sym_string,
  [11428] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1312), 1,
      anon_sym_DQUOTE2,
    STATE(408), 1,
      aux_sym_string_repeat1,
    ACTIONS(1310), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [11442] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1317), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1314), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [11456] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(308), 4,
      sym__continue,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [11466] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1319), 1,
      anon_sym_RBRACE,
    ACTIONS(1321), 1,
      sym__line_end,
    STATE(116), 1,
      aux_sym_document_repeat1,
    STATE(360), 1,
      aux_sym_department_goals_repeat1,
  [11482] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1324), 1,
      anon_sym_RBRACE,
    ACTIONS(1326), 1,
      sym__line_end,
    STATE(113), 1,
      aux_sym_document_repeat1,
    STATE(360), 1,
      aux_sym_department_goals_repeat1,
  [11498] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1328), 1,
      anon_sym_RBRACE,
    ACTIONS(1330), 1,
      sym__line_end,
    STATE(8), 1,
      aux_sym_document_repeat1,
    STATE(409), 1,
      aux_sym_project_repeat1,
  [11514] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1332), 1,
      anon_sym_RBRACE,
    ACTIONS(1334), 1,
      sym__line_end,
    STATE(106), 1,
      aux_sym_document_repeat1,
    STATE(363), 1,
      aux_sym_monitoring_repeat1,
  [11530] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(425), 1,
      anon_sym_RBRACE,
    ACTIONS(1337), 1,
      sym__line_end,
    STATE(77), 1,
      aux_sym_document_repeat1,
    STATE(363), 1,
      aux_sym_monitoring_repeat1,
  [11546] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(599), 2,
      sym_string,
      sym__word_or_string,
  [11560] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1341), 1,
      sym__word,
    STATE(383), 2,
      sym_code,
      sym_string,
  [11574] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1343), 1,
      anon_sym_RBRACE,
    ACTIONS(1345), 1,
      sym__line_end,
    STATE(107), 1,
      aux_sym_document_repeat1,
    STATE(367), 1,
      aux_sym_self_evaluation_repeat1,
  [11590] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1348), 1,
      anon_sym_RBRACE,
    ACTIONS(1350), 1,
      sym__line_end,
    STATE(275), 1,
      aux_sym_document_repeat1,
    STATE(368), 1,
      aux_sym_sub_goal_repeat1,
  [11606] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1026), 1,
      anon_sym_RBRACE,
    ACTIONS(1353), 1,
      sym__line_end,
    STATE(258), 1,
      aux_sym_document_repeat1,
    STATE(368), 1,
      aux_sym_sub_goal_repeat1,
  [11622] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(464), 1,
      anon_sym_RBRACE,
    ACTIONS(1355), 1,
      sym__line_end,
    STATE(74), 1,
      aux_sym_document_repeat1,
    STATE(367), 1,
      aux_sym_self_evaluation_repeat1,
  [11638] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(307), 2,
      sym_string,
      sym__word_or_string,
  [11652] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1147), 1,
      anon_sym_RBRACE,
    ACTIONS(1357), 1,
      sym__line_end,
    STATE(308), 1,
      aux_sym_document_repeat1,
    STATE(387), 1,
      aux_sym_library_repeat1,
  [11668] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1359), 1,
      anon_sym_RBRACE,
    ACTIONS(1361), 1,
      sym__line_end,
    STATE(7), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11684] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1359), 1,
      anon_sym_RBRACE,
    ACTIONS(1361), 1,
      sym__line_end,
    STATE(7), 1,
      aux_sym_document_repeat1,
    STATE(339), 1,
      aux_sym_project_repeat1,
  [11700] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1363), 1,
      anon_sym_RBRACE,
    ACTIONS(1365), 1,
      sym__line_end,
    STATE(276), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11716] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1020), 1,
      anon_sym_RBRACE,
    ACTIONS(1268), 1,
      sym__line_end,
    STATE(265), 1,
      aux_sym_document_repeat1,
    STATE(385), 1,
      aux_sym_breakdown_repeat2,
  [11732] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(601), 2,
      sym_string,
      sym__word_or_string,
  [11746] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(268), 1,
      anon_sym_RBRACE,
    ACTIONS(1368), 1,
      sym__line_end,
    STATE(30), 1,
      aux_sym_document_repeat1,
    STATE(340), 1,
      aux_sym_document_repeat2,
  [11762] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1370), 4,
      anon_sym_DQUOTE,
      anon_sym_LBRACE,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [11772] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(468), 1,
      anon_sym_RBRACE,
    ACTIONS(1372), 1,
      sym__line_end,
    STATE(81), 1,
      aux_sym_document_repeat1,
    STATE(367), 1,
      aux_sym_self_evaluation_repeat1,
  [11788] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(468), 1,
      anon_sym_RBRACE,
    ACTIONS(1372), 1,
      sym__line_end,
    STATE(81), 1,
      aux_sym_document_repeat1,
    STATE(370), 1,
      aux_sym_self_evaluation_repeat1,
  [11804] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(356), 1,
      anon_sym_RBRACE,
    ACTIONS(358), 1,
      sym__line_end,
    STATE(66), 1,
      aux_sym_document_repeat1,
    STATE(388), 1,
      aux_sym_template_repeat2,
  [11820] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1374), 4,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u9879u76ee,
      anon_sym_project,
  [11830] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(540), 1,
      anon_sym_RBRACE,
    ACTIONS(1376), 1,
      sym__line_end,
    STATE(82), 1,
      aux_sym_document_repeat1,
    STATE(396), 1,
      aux_sym_monitoring_repeat1,
  [11846] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1030), 1,
      anon_sym_RBRACE,
    ACTIONS(1378), 1,
      sym__line_end,
    STATE(266), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11862] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(373), 1,
      anon_sym_RBRACE,
    ACTIONS(1380), 1,
      sym__line_end,
    STATE(67), 1,
      aux_sym_document_repeat1,
    STATE(388), 1,
      aux_sym_template_repeat2,
  [11878] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1209), 1,
      anon_sym_RBRACE,
    ACTIONS(1382), 1,
      sym__line_end,
    STATE(297), 1,
      aux_sym_document_repeat1,
    STATE(417), 1,
      aux_sym_library_repeat1,
  [11894] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(462), 1,
      anon_sym_RBRACE,
    ACTIONS(1384), 1,
      sym__line_end,
    STATE(80), 1,
      aux_sym_document_repeat1,
    STATE(388), 1,
      aux_sym_template_repeat2,
  [11910] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1209), 1,
      anon_sym_RBRACE,
    ACTIONS(1382), 1,
      sym__line_end,
    STATE(297), 1,
      aux_sym_document_repeat1,
    STATE(418), 1,
      aux_sym_library_repeat1,
  [11926] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1370), 4,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u9879u76ee,
      anon_sym_project,
  [11936] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 4,
      sym__continue,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [11946] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(385), 2,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
    ACTIONS(387), 2,
      sym__line_end,
      sym__word,
  [11958] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(144), 2,
      sym_string,
      sym__word_or_string,
  [11972] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(145), 2,
      sym_string,
      sym__word_or_string,
  [11986] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(146), 2,
      sym_string,
      sym__word_or_string,
  [12000] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(466), 1,
      anon_sym_RBRACE,
    ACTIONS(1387), 1,
      sym__line_end,
    STATE(75), 1,
      aux_sym_document_repeat1,
    STATE(363), 1,
      aux_sym_monitoring_repeat1,
  [12016] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1389), 1,
      anon_sym_RBRACE,
    ACTIONS(1391), 1,
      sym__line_end,
    STATE(114), 1,
      aux_sym_document_repeat1,
    STATE(360), 1,
      aux_sym_department_goals_repeat1,
  [12032] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1393), 1,
      anon_sym_RBRACE,
    ACTIONS(1395), 1,
      sym__line_end,
    STATE(33), 1,
      aux_sym_document_repeat1,
    STATE(398), 1,
      aux_sym_document_repeat2,
  [12048] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(270), 1,
      anon_sym_RBRACE,
    ACTIONS(1398), 1,
      sym__line_end,
    STATE(29), 1,
      aux_sym_document_repeat1,
    STATE(398), 1,
      aux_sym_document_repeat2,
  [12064] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1389), 1,
      anon_sym_RBRACE,
    ACTIONS(1391), 1,
      sym__line_end,
    STATE(114), 1,
      aux_sym_document_repeat1,
    STATE(361), 1,
      aux_sym_department_goals_repeat1,
  [12080] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(466), 1,
      anon_sym_RBRACE,
    ACTIONS(1387), 1,
      sym__line_end,
    STATE(75), 1,
      aux_sym_document_repeat1,
    STATE(364), 1,
      aux_sym_monitoring_repeat1,
  [12096] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1400), 1,
      anon_sym_RBRACE,
    ACTIONS(1402), 1,
      sym__line_end,
    STATE(36), 1,
      aux_sym_document_repeat1,
    STATE(341), 1,
      aux_sym_indicator_group_repeat1,
  [12112] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(1404), 1,
      sym_period_bound,
    STATE(535), 2,
      sym_string,
      sym_period_range,
  [12126] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1400), 1,
      anon_sym_RBRACE,
    ACTIONS(1402), 1,
      sym__line_end,
    STATE(36), 1,
      aux_sym_document_repeat1,
    STATE(343), 1,
      aux_sym_indicator_group_repeat1,
  [12142] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1339), 1,
      sym__word,
    STATE(547), 2,
      sym_string,
      sym__word_or_string,
  [12156] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1028), 1,
      anon_sym_RBRACE,
    ACTIONS(1406), 1,
      sym__line_end,
    STATE(256), 1,
      aux_sym_document_repeat1,
    STATE(345), 1,
      aux_sym_sub_goal_repeat1,
  [12172] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1408), 1,
      anon_sym_RBRACE,
    ACTIONS(1410), 1,
      sym__line_end,
    STATE(5), 1,
      aux_sym_document_repeat1,
    STATE(373), 1,
      aux_sym_project_repeat1,
  [12188] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1414), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12202] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1416), 1,
      anon_sym_RBRACE,
    ACTIONS(1418), 1,
      sym__line_end,
    STATE(9), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [12218] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1416), 1,
      anon_sym_RBRACE,
    ACTIONS(1418), 1,
      sym__line_end,
    STATE(9), 1,
      aux_sym_document_repeat1,
    STATE(347), 1,
      aux_sym_project_repeat1,
  [12234] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 2,
      sym__line_end,
      sym__word,
    ACTIONS(383), 2,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [12246] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 2,
      sym__line_end,
      sym__word,
    ACTIONS(381), 2,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [12258] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    ACTIONS(1404), 1,
      sym_period_bound,
    STATE(448), 2,
      sym_string,
      sym_period_range,
  [12272] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1016), 1,
      anon_sym_RBRACE,
    ACTIONS(1420), 1,
      sym__line_end,
    STATE(257), 1,
      aux_sym_document_repeat1,
    STATE(354), 1,
      aux_sym_breakdown_repeat2,
  [12288] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1424), 1,
      anon_sym_DQUOTE2,
    STATE(416), 1,
      aux_sym_string_repeat1,
    ACTIONS(1422), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12302] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1426), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12316] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1428), 1,
      anon_sym_RBRACE,
    ACTIONS(1430), 1,
      sym__line_end,
    STATE(335), 1,
      aux_sym_document_repeat1,
    STATE(417), 1,
      aux_sym_library_repeat1,
  [12332] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1157), 1,
      anon_sym_RBRACE,
    ACTIONS(1433), 1,
      sym__line_end,
    STATE(302), 1,
      aux_sym_document_repeat1,
    STATE(417), 1,
      aux_sym_library_repeat1,
  [12348] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1437), 1,
      anon_sym_DQUOTE2,
    STATE(420), 1,
      aux_sym_string_repeat1,
    ACTIONS(1435), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12362] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1439), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12376] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1443), 1,
      anon_sym_DQUOTE2,
    STATE(422), 1,
      aux_sym_string_repeat1,
    ACTIONS(1441), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12390] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1445), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12404] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1449), 1,
      anon_sym_DQUOTE2,
    STATE(424), 1,
      aux_sym_string_repeat1,
    ACTIONS(1447), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12418] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1451), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12432] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1455), 1,
      anon_sym_DQUOTE2,
    STATE(426), 1,
      aux_sym_string_repeat1,
    ACTIONS(1453), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12446] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1457), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12460] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1461), 1,
      anon_sym_DQUOTE2,
    STATE(428), 1,
      aux_sym_string_repeat1,
    ACTIONS(1459), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12474] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1463), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12488] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1467), 1,
      anon_sym_DQUOTE2,
    STATE(430), 1,
      aux_sym_string_repeat1,
    ACTIONS(1465), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12502] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1469), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12516] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1473), 1,
      anon_sym_DQUOTE2,
    STATE(432), 1,
      aux_sym_string_repeat1,
    ACTIONS(1471), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12530] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1475), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12544] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1479), 1,
      anon_sym_DQUOTE2,
    STATE(434), 1,
      aux_sym_string_repeat1,
    ACTIONS(1477), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12558] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1481), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12572] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1485), 1,
      anon_sym_DQUOTE2,
    STATE(436), 1,
      aux_sym_string_repeat1,
    ACTIONS(1483), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12586] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1487), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1412), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12600] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 4,
      sym__continue,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [12610] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1489), 1,
      anon_sym_DQUOTE,
    STATE(52), 1,
      sym_string,
    STATE(117), 1,
      sym_evaluation_text,
  [12623] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(630), 1,
      sym_text,
  [12636] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(631), 1,
      sym_text,
  [12649] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(442), 1,
      sym_text,
  [12662] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(456), 1,
      sym_text,
  [12675] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1493), 1,
      anon_sym_LBRACE,
    ACTIONS(1495), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12686] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1497), 1,
      anon_sym_LBRACE,
    ACTIONS(1499), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12697] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(517), 1,
      sym_text,
  [12710] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(545), 1,
      sym_text,
  [12723] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1489), 1,
      anon_sym_DQUOTE,
    STATE(52), 1,
      sym_string,
    STATE(229), 1,
      sym_evaluation_text,
  [12736] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1501), 3,
      sym__line_end,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [12745] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(592), 1,
      sym_text,
  [12758] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(501), 1,
      sym_text,
  [12771] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(590), 1,
      sym_text,
  [12784] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(613), 1,
      sym_text,
  [12797] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1229), 1,
      anon_sym_DQUOTE,
    STATE(26), 1,
      sym_text,
    STATE(63), 1,
      sym_string,
  [12810] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(591), 1,
      sym_text,
  [12823] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(519), 1,
      sym_text,
  [12836] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1503), 1,
      anon_sym_LBRACE,
    ACTIONS(1505), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12847] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1489), 1,
      anon_sym_DQUOTE,
    STATE(52), 1,
      sym_string,
    STATE(581), 1,
      sym_evaluation_text,
  [12860] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(553), 1,
      sym_text,
  [12873] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 3,
      sym_number,
      anon_sym_LPAREN,
      anon_sym_uff08,
  [12882] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 3,
      sym_number,
      anon_sym_LPAREN,
      anon_sym_uff08,
  [12891] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(529), 1,
      sym_text,
  [12904] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(533), 1,
      sym_text,
  [12917] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1509), 1,
      anon_sym_RBRACE,
    ACTIONS(1507), 2,
      sym__line_end,
      sym__word,
  [12928] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1229), 1,
      anon_sym_DQUOTE,
    STATE(63), 1,
      sym_string,
    STATE(89), 1,
      sym_text,
  [12941] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(143), 1,
      sym_text,
  [12954] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1511), 1,
      sym__word,
    ACTIONS(1513), 2,
      sym_number,
      sym_percent,
  [12965] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1515), 1,
      anon_sym_DQUOTE,
    STATE(207), 1,
      sym_string,
    STATE(222), 1,
      sym_evaluation_text,
  [12978] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1517), 1,
      anon_sym_LBRACE,
    ACTIONS(1519), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12989] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1521), 1,
      sym__word,
    ACTIONS(1523), 2,
      sym_number,
      sym_percent,
  [13000] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1527), 1,
      anon_sym_RBRACE,
    ACTIONS(1525), 2,
      sym__line_end,
      sym__word,
  [13011] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(623), 1,
      sym_text,
  [13024] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(488), 1,
      sym_text,
  [13037] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(938), 1,
      anon_sym_DQUOTE,
    ACTIONS(1529), 1,
      sym__word,
    STATE(137), 1,
      sym_string,
  [13050] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(556), 1,
      sym_text,
  [13063] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(596), 1,
      sym_text,
  [13076] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(174), 1,
      sym_text,
  [13089] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(138), 1,
      sym_text,
  [13102] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(449), 1,
      sym_text,
  [13115] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1531), 1,
      anon_sym_LBRACE,
    ACTIONS(1533), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13126] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1229), 1,
      anon_sym_DQUOTE,
    STATE(21), 1,
      sym_text,
    STATE(63), 1,
      sym_string,
  [13139] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(618), 1,
      sym_text,
  [13152] = 3,
    ACTIONS(7), 1,
      sym_comment,
    STATE(612), 1,
      sym_as_of,
    ACTIONS(1535), 2,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [13163] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1537), 3,
      sym__line_end,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [13172] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(515), 1,
      sym_text,
  [13185] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(525), 1,
      sym_text,
  [13198] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(45), 1,
      sym_string,
    STATE(528), 1,
      sym_text,
  [13211] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1229), 1,
      anon_sym_DQUOTE,
    STATE(63), 1,
      sym_string,
    STATE(96), 1,
      sym_text,
  [13224] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1539), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13232] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1541), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13240] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1525), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13248] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1543), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13256] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1545), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13264] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1547), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13272] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1549), 1,
      sym__word,
    STATE(228), 1,
      sym_level,
  [13282] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(165), 1,
      sym_money,
  [13292] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1090), 1,
      sym_number,
    STATE(506), 1,
      sym_quantity,
  [13302] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1551), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13310] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1553), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13318] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1555), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13326] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(220), 1,
      sym_money,
  [13336] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1557), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13344] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1559), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13352] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1561), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13360] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1563), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13368] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1565), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13376] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1567), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13384] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1569), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13392] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1332), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13400] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1571), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13408] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1573), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13416] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1575), 1,
      sym__word,
    STATE(463), 1,
      sym_setting,
  [13426] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1577), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13434] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1579), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13442] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1581), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13450] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1583), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13458] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1585), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13466] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(490), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13474] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1587), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13482] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1589), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13490] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1591), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13498] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1593), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13506] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1595), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13514] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1597), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13522] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1599), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13530] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1601), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13538] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(134), 1,
      sym_money,
  [13548] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1603), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13556] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1605), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13564] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1607), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13572] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(443), 1,
      sym_money,
  [13582] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1393), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13590] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1343), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13598] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1609), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13606] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1611), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13614] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1613), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13622] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1615), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13630] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1617), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13638] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(468), 1,
      sym_money,
  [13648] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(562), 1,
      sym_money,
  [13658] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1341), 1,
      sym__word,
    STATE(524), 1,
      sym_code,
  [13668] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(479), 1,
      sym_money,
  [13678] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1619), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13686] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1348), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13694] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1621), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13702] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1623), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13710] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1625), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13718] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1627), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13726] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1629), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13734] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1631), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13742] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(293), 1,
      sym_money,
  [13752] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1272), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13760] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1633), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13768] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1635), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13776] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1237), 1,
      sym_number,
    STATE(318), 1,
      sym_money,
  [13786] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1637), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13794] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1639), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13802] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1641), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13810] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1221), 1,
      sym__word,
    STATE(476), 1,
      sym_code,
  [13820] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1643), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13828] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1187), 1,
      anon_sym_DQUOTE,
    STATE(475), 1,
      sym_string,
  [13838] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1491), 1,
      anon_sym_DQUOTE,
    STATE(359), 1,
      sym_string,
  [13848] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1645), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13856] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1647), 1,
      sym__word,
    STATE(491), 1,
      sym_setting,
  [13866] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1647), 1,
      sym__word,
    STATE(503), 1,
      sym_setting,
  [13876] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1649), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13884] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1651), 2,
      anon_sym_PERCENT,
      anon_sym_uff05,
  [13892] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1653), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13900] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1655), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13908] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1657), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13916] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1428), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13924] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1363), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13932] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(389), 1,
      anon_sym_DQUOTE,
    STATE(180), 1,
      sym_string,
  [13942] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1659), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13950] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1661), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13958] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1283), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13966] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1663), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13974] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1647), 1,
      sym__word,
    STATE(514), 1,
      sym_setting,
  [13984] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1243), 1,
      anon_sym_DQUOTE,
    STATE(48), 1,
      sym_string,
  [13994] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1221), 1,
      sym__word,
    STATE(445), 1,
      sym_code,
  [14004] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1665), 2,
      sym_number,
      sym_placeholder,
  [14012] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1667), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14020] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1669), 2,
      sym_number,
      sym_placeholder,
  [14028] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1515), 1,
      anon_sym_DQUOTE,
    STATE(213), 1,
      sym_string,
  [14038] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1671), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14046] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1673), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14054] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1229), 1,
      anon_sym_DQUOTE,
    STATE(64), 1,
      sym_string,
  [14064] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1675), 2,
      sym_number,
      sym_placeholder,
  [14072] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1489), 1,
      anon_sym_DQUOTE,
    STATE(56), 1,
      sym_string,
  [14082] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1677), 2,
      sym_number,
      sym_placeholder,
  [14090] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1679), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14098] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1681), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14106] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      sym_number,
    STATE(444), 1,
      sym_money,
  [14116] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1683), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14124] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1685), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14132] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1687), 2,
      sym_number,
      anon_sym_LBRACE,
  [14140] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1689), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14148] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1691), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14156] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1319), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14164] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1693), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14172] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1695), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14180] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1697), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14188] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1699), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14196] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1221), 1,
      sym__word,
    STATE(464), 1,
      sym_code,
  [14206] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1237), 1,
      sym_number,
    STATE(323), 1,
      sym_money,
  [14216] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1701), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14224] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1703), 1,
      sym_percent,
  [14231] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1705), 1,
      sym_number,
  [14238] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1707), 1,
      ts_builtin_sym_end,
  [14245] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1709), 1,
      sym_number,
  [14252] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1711), 1,
      anon_sym_LBRACE,
  [14259] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1713), 1,
      sym_period_bound,
  [14266] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1715), 1,
      anon_sym_LBRACE,
  [14273] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1717), 1,
      anon_sym_LBRACE,
  [14280] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1719), 1,
      anon_sym_LBRACE,
  [14287] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1721), 1,
      sym_period_bound,
  [14294] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1723), 1,
      anon_sym_LBRACE,
  [14301] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1725), 1,
      anon_sym_LBRACE,
  [14308] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1727), 1,
      anon_sym_LBRACE,
  [14315] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1729), 1,
      anon_sym_LBRACE,
  [14322] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1731), 1,
      anon_sym_LBRACE,
  [14329] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1370), 1,
      sym__word,
  [14336] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1733), 1,
      anon_sym_LBRACE,
  [14343] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1735), 1,
      anon_sym_LBRACE,
  [14350] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1737), 1,
      anon_sym_LBRACE,
  [14357] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1739), 1,
      sym_number,
  [14364] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1741), 1,
      sym_number,
  [14371] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1743), 1,
      anon_sym_LBRACE,
  [14378] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1745), 1,
      anon_sym_LBRACE,
  [14385] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1747), 1,
      sym_number,
  [14392] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1749), 1,
      anon_sym_LBRACE,
  [14399] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1751), 1,
      anon_sym_LBRACE,
  [14406] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1753), 1,
      anon_sym_LBRACE,
  [14413] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1755), 1,
      sym_number,
  [14420] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1757), 1,
      anon_sym_LBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(15)] = 0,
  [SMALL_STATE(16)] = 64,
  [SMALL_STATE(17)] = 128,
  [SMALL_STATE(18)] = 226,
  [SMALL_STATE(19)] = 324,
  [SMALL_STATE(20)] = 422,
  [SMALL_STATE(21)] = 520,
  [SMALL_STATE(22)] = 618,
  [SMALL_STATE(23)] = 716,
  [SMALL_STATE(24)] = 814,
  [SMALL_STATE(25)] = 912,
  [SMALL_STATE(26)] = 1010,
  [SMALL_STATE(27)] = 1108,
  [SMALL_STATE(28)] = 1206,
  [SMALL_STATE(29)] = 1297,
  [SMALL_STATE(30)] = 1388,
  [SMALL_STATE(31)] = 1479,
  [SMALL_STATE(32)] = 1570,
  [SMALL_STATE(33)] = 1661,
  [SMALL_STATE(34)] = 1749,
  [SMALL_STATE(35)] = 1807,
  [SMALL_STATE(36)] = 1891,
  [SMALL_STATE(37)] = 1975,
  [SMALL_STATE(38)] = 2059,
  [SMALL_STATE(39)] = 2143,
  [SMALL_STATE(40)] = 2227,
  [SMALL_STATE(41)] = 2308,
  [SMALL_STATE(42)] = 2357,
  [SMALL_STATE(43)] = 2406,
  [SMALL_STATE(44)] = 2456,
  [SMALL_STATE(45)] = 2506,
  [SMALL_STATE(46)] = 2556,
  [SMALL_STATE(47)] = 2601,
  [SMALL_STATE(48)] = 2646,
  [SMALL_STATE(49)] = 2691,
  [SMALL_STATE(50)] = 2733,
  [SMALL_STATE(51)] = 2775,
  [SMALL_STATE(52)] = 2821,
  [SMALL_STATE(53)] = 2867,
  [SMALL_STATE(54)] = 2913,
  [SMALL_STATE(55)] = 2955,
  [SMALL_STATE(56)] = 2997,
  [SMALL_STATE(57)] = 3038,
  [SMALL_STATE(58)] = 3079,
  [SMALL_STATE(59)] = 3120,
  [SMALL_STATE(60)] = 3185,
  [SMALL_STATE(61)] = 3250,
  [SMALL_STATE(62)] = 3295,
  [SMALL_STATE(63)] = 3340,
  [SMALL_STATE(64)] = 3385,
  [SMALL_STATE(65)] = 3425,
  [SMALL_STATE(66)] = 3487,
  [SMALL_STATE(67)] = 3549,
  [SMALL_STATE(68)] = 3611,
  [SMALL_STATE(69)] = 3673,
  [SMALL_STATE(70)] = 3735,
  [SMALL_STATE(71)] = 3775,
  [SMALL_STATE(72)] = 3815,
  [SMALL_STATE(73)] = 3854,
  [SMALL_STATE(74)] = 3919,
  [SMALL_STATE(75)] = 3982,
  [SMALL_STATE(76)] = 4047,
  [SMALL_STATE(77)] = 4086,
  [SMALL_STATE(78)] = 4151,
  [SMALL_STATE(79)] = 4208,
  [SMALL_STATE(80)] = 4265,
  [SMALL_STATE(81)] = 4324,
  [SMALL_STATE(82)] = 4387,
  [SMALL_STATE(83)] = 4452,
  [SMALL_STATE(84)] = 4515,
  [SMALL_STATE(85)] = 4578,
  [SMALL_STATE(86)] = 4617,
  [SMALL_STATE(87)] = 4656,
  [SMALL_STATE(88)] = 4697,
  [SMALL_STATE(89)] = 4736,
  [SMALL_STATE(90)] = 4775,
  [SMALL_STATE(91)] = 4816,
  [SMALL_STATE(92)] = 4855,
  [SMALL_STATE(93)] = 4894,
  [SMALL_STATE(94)] = 4957,
  [SMALL_STATE(95)] = 4996,
  [SMALL_STATE(96)] = 5035,
  [SMALL_STATE(97)] = 5074,
  [SMALL_STATE(98)] = 5113,
  [SMALL_STATE(99)] = 5152,
  [SMALL_STATE(100)] = 5191,
  [SMALL_STATE(101)] = 5230,
  [SMALL_STATE(102)] = 5269,
  [SMALL_STATE(103)] = 5308,
  [SMALL_STATE(104)] = 5347,
  [SMALL_STATE(105)] = 5386,
  [SMALL_STATE(106)] = 5451,
  [SMALL_STATE(107)] = 5513,
  [SMALL_STATE(108)] = 5573,
  [SMALL_STATE(109)] = 5627,
  [SMALL_STATE(110)] = 5665,
  [SMALL_STATE(111)] = 5719,
  [SMALL_STATE(112)] = 5774,
  [SMALL_STATE(113)] = 5829,
  [SMALL_STATE(114)] = 5884,
  [SMALL_STATE(115)] = 5939,
  [SMALL_STATE(116)] = 5994,
  [SMALL_STATE(117)] = 6046,
  [SMALL_STATE(118)] = 6078,
  [SMALL_STATE(119)] = 6117,
  [SMALL_STATE(120)] = 6156,
  [SMALL_STATE(121)] = 6196,
  [SMALL_STATE(122)] = 6236,
  [SMALL_STATE(123)] = 6266,
  [SMALL_STATE(124)] = 6306,
  [SMALL_STATE(125)] = 6336,
  [SMALL_STATE(126)] = 6366,
  [SMALL_STATE(127)] = 6396,
  [SMALL_STATE(128)] = 6427,
  [SMALL_STATE(129)] = 6458,
  [SMALL_STATE(130)] = 6489,
  [SMALL_STATE(131)] = 6521,
  [SMALL_STATE(132)] = 6547,
  [SMALL_STATE(133)] = 6579,
  [SMALL_STATE(134)] = 6611,
  [SMALL_STATE(135)] = 6637,
  [SMALL_STATE(136)] = 6663,
  [SMALL_STATE(137)] = 6689,
  [SMALL_STATE(138)] = 6715,
  [SMALL_STATE(139)] = 6741,
  [SMALL_STATE(140)] = 6767,
  [SMALL_STATE(141)] = 6793,
  [SMALL_STATE(142)] = 6825,
  [SMALL_STATE(143)] = 6857,
  [SMALL_STATE(144)] = 6883,
  [SMALL_STATE(145)] = 6909,
  [SMALL_STATE(146)] = 6935,
  [SMALL_STATE(147)] = 6961,
  [SMALL_STATE(148)] = 6998,
  [SMALL_STATE(149)] = 7035,
  [SMALL_STATE(150)] = 7072,
  [SMALL_STATE(151)] = 7109,
  [SMALL_STATE(152)] = 7133,
  [SMALL_STATE(153)] = 7165,
  [SMALL_STATE(154)] = 7189,
  [SMALL_STATE(155)] = 7213,
  [SMALL_STATE(156)] = 7237,
  [SMALL_STATE(157)] = 7261,
  [SMALL_STATE(158)] = 7285,
  [SMALL_STATE(159)] = 7309,
  [SMALL_STATE(160)] = 7333,
  [SMALL_STATE(161)] = 7357,
  [SMALL_STATE(162)] = 7381,
  [SMALL_STATE(163)] = 7405,
  [SMALL_STATE(164)] = 7429,
  [SMALL_STATE(165)] = 7453,
  [SMALL_STATE(166)] = 7477,
  [SMALL_STATE(167)] = 7501,
  [SMALL_STATE(168)] = 7525,
  [SMALL_STATE(169)] = 7549,
  [SMALL_STATE(170)] = 7573,
  [SMALL_STATE(171)] = 7597,
  [SMALL_STATE(172)] = 7621,
  [SMALL_STATE(173)] = 7645,
  [SMALL_STATE(174)] = 7673,
  [SMALL_STATE(175)] = 7697,
  [SMALL_STATE(176)] = 7721,
  [SMALL_STATE(177)] = 7745,
  [SMALL_STATE(178)] = 7769,
  [SMALL_STATE(179)] = 7793,
  [SMALL_STATE(180)] = 7817,
  [SMALL_STATE(181)] = 7841,
  [SMALL_STATE(182)] = 7865,
  [SMALL_STATE(183)] = 7889,
  [SMALL_STATE(184)] = 7913,
  [SMALL_STATE(185)] = 7937,
  [SMALL_STATE(186)] = 7961,
  [SMALL_STATE(187)] = 7985,
  [SMALL_STATE(188)] = 8009,
  [SMALL_STATE(189)] = 8045,
  [SMALL_STATE(190)] = 8077,
  [SMALL_STATE(191)] = 8101,
  [SMALL_STATE(192)] = 8133,
  [SMALL_STATE(193)] = 8157,
  [SMALL_STATE(194)] = 8181,
  [SMALL_STATE(195)] = 8217,
  [SMALL_STATE(196)] = 8249,
  [SMALL_STATE(197)] = 8277,
  [SMALL_STATE(198)] = 8309,
  [SMALL_STATE(199)] = 8337,
  [SMALL_STATE(200)] = 8369,
  [SMALL_STATE(201)] = 8401,
  [SMALL_STATE(202)] = 8433,
  [SMALL_STATE(203)] = 8465,
  [SMALL_STATE(204)] = 8497,
  [SMALL_STATE(205)] = 8518,
  [SMALL_STATE(206)] = 8540,
  [SMALL_STATE(207)] = 8564,
  [SMALL_STATE(208)] = 8588,
  [SMALL_STATE(209)] = 8612,
  [SMALL_STATE(210)] = 8634,
  [SMALL_STATE(211)] = 8656,
  [SMALL_STATE(212)] = 8679,
  [SMALL_STATE(213)] = 8698,
  [SMALL_STATE(214)] = 8717,
  [SMALL_STATE(215)] = 8740,
  [SMALL_STATE(216)] = 8763,
  [SMALL_STATE(217)] = 8782,
  [SMALL_STATE(218)] = 8806,
  [SMALL_STATE(219)] = 8824,
  [SMALL_STATE(220)] = 8842,
  [SMALL_STATE(221)] = 8860,
  [SMALL_STATE(222)] = 8878,
  [SMALL_STATE(223)] = 8896,
  [SMALL_STATE(224)] = 8914,
  [SMALL_STATE(225)] = 8932,
  [SMALL_STATE(226)] = 8950,
  [SMALL_STATE(227)] = 8968,
  [SMALL_STATE(228)] = 8986,
  [SMALL_STATE(229)] = 9004,
  [SMALL_STATE(230)] = 9022,
  [SMALL_STATE(231)] = 9040,
  [SMALL_STATE(232)] = 9060,
  [SMALL_STATE(233)] = 9079,
  [SMALL_STATE(234)] = 9110,
  [SMALL_STATE(235)] = 9141,
  [SMALL_STATE(236)] = 9162,
  [SMALL_STATE(237)] = 9193,
  [SMALL_STATE(238)] = 9224,
  [SMALL_STATE(239)] = 9245,
  [SMALL_STATE(240)] = 9276,
  [SMALL_STATE(241)] = 9307,
  [SMALL_STATE(242)] = 9338,
  [SMALL_STATE(243)] = 9354,
  [SMALL_STATE(244)] = 9372,
  [SMALL_STATE(245)] = 9394,
  [SMALL_STATE(246)] = 9414,
  [SMALL_STATE(247)] = 9430,
  [SMALL_STATE(248)] = 9446,
  [SMALL_STATE(249)] = 9462,
  [SMALL_STATE(250)] = 9482,
  [SMALL_STATE(251)] = 9504,
  [SMALL_STATE(252)] = 9522,
  [SMALL_STATE(253)] = 9538,
  [SMALL_STATE(254)] = 9560,
  [SMALL_STATE(255)] = 9576,
  [SMALL_STATE(256)] = 9596,
  [SMALL_STATE(257)] = 9621,
  [SMALL_STATE(258)] = 9648,
  [SMALL_STATE(259)] = 9673,
  [SMALL_STATE(260)] = 9700,
  [SMALL_STATE(261)] = 9727,
  [SMALL_STATE(262)] = 9754,
  [SMALL_STATE(263)] = 9781,
  [SMALL_STATE(264)] = 9806,
  [SMALL_STATE(265)] = 9831,
  [SMALL_STATE(266)] = 9858,
  [SMALL_STATE(267)] = 9885,
  [SMALL_STATE(268)] = 9910,
  [SMALL_STATE(269)] = 9937,
  [SMALL_STATE(270)] = 9957,
  [SMALL_STATE(271)] = 9977,
  [SMALL_STATE(272)] = 9997,
  [SMALL_STATE(273)] = 10017,
  [SMALL_STATE(274)] = 10037,
  [SMALL_STATE(275)] = 10057,
  [SMALL_STATE(276)] = 10079,
  [SMALL_STATE(277)] = 10103,
  [SMALL_STATE(278)] = 10123,
  [SMALL_STATE(279)] = 10143,
  [SMALL_STATE(280)] = 10163,
  [SMALL_STATE(281)] = 10180,
  [SMALL_STATE(282)] = 10201,
  [SMALL_STATE(283)] = 10222,
  [SMALL_STATE(284)] = 10243,
  [SMALL_STATE(285)] = 10260,
  [SMALL_STATE(286)] = 10281,
  [SMALL_STATE(287)] = 10298,
  [SMALL_STATE(288)] = 10319,
  [SMALL_STATE(289)] = 10340,
  [SMALL_STATE(290)] = 10357,
  [SMALL_STATE(291)] = 10374,
  [SMALL_STATE(292)] = 10391,
  [SMALL_STATE(293)] = 10408,
  [SMALL_STATE(294)] = 10420,
  [SMALL_STATE(295)] = 10438,
  [SMALL_STATE(296)] = 10458,
  [SMALL_STATE(297)] = 10478,
  [SMALL_STATE(298)] = 10498,
  [SMALL_STATE(299)] = 10518,
  [SMALL_STATE(300)] = 10536,
  [SMALL_STATE(301)] = 10556,
  [SMALL_STATE(302)] = 10576,
  [SMALL_STATE(303)] = 10596,
  [SMALL_STATE(304)] = 10616,
  [SMALL_STATE(305)] = 10634,
  [SMALL_STATE(306)] = 10652,
  [SMALL_STATE(307)] = 10672,
  [SMALL_STATE(308)] = 10684,
  [SMALL_STATE(309)] = 10704,
  [SMALL_STATE(310)] = 10724,
  [SMALL_STATE(311)] = 10744,
  [SMALL_STATE(312)] = 10764,
  [SMALL_STATE(313)] = 10783,
  [SMALL_STATE(314)] = 10796,
  [SMALL_STATE(315)] = 10813,
  [SMALL_STATE(316)] = 10826,
  [SMALL_STATE(317)] = 10843,
  [SMALL_STATE(318)] = 10860,
  [SMALL_STATE(319)] = 10871,
  [SMALL_STATE(320)] = 10888,
  [SMALL_STATE(321)] = 10903,
  [SMALL_STATE(322)] = 10918,
  [SMALL_STATE(323)] = 10931,
  [SMALL_STATE(324)] = 10942,
  [SMALL_STATE(325)] = 10955,
  [SMALL_STATE(326)] = 10970,
  [SMALL_STATE(327)] = 10985,
  [SMALL_STATE(328)] = 10996,
  [SMALL_STATE(329)] = 11007,
  [SMALL_STATE(330)] = 11018,
  [SMALL_STATE(331)] = 11029,
  [SMALL_STATE(332)] = 11040,
  [SMALL_STATE(333)] = 11055,
  [SMALL_STATE(334)] = 11072,
  [SMALL_STATE(335)] = 11087,
  [SMALL_STATE(336)] = 11104,
  [SMALL_STATE(337)] = 11120,
  [SMALL_STATE(338)] = 11136,
  [SMALL_STATE(339)] = 11152,
  [SMALL_STATE(340)] = 11168,
  [SMALL_STATE(341)] = 11184,
  [SMALL_STATE(342)] = 11200,
  [SMALL_STATE(343)] = 11216,
  [SMALL_STATE(344)] = 11232,
  [SMALL_STATE(345)] = 11248,
  [SMALL_STATE(346)] = 11264,
  [SMALL_STATE(347)] = 11280,
  [SMALL_STATE(348)] = 11296,
  [SMALL_STATE(349)] = 11310,
  [SMALL_STATE(350)] = 11324,
  [SMALL_STATE(351)] = 11338,
  [SMALL_STATE(352)] = 11352,
  [SMALL_STATE(353)] = 11366,
  [SMALL_STATE(354)] = 11382,
  [SMALL_STATE(355)] = 11398,
  [SMALL_STATE(356)] = 11414,
  [SMALL_STATE(357)] = 11428,
  [SMALL_STATE(358)] = 11442,
  [SMALL_STATE(359)] = 11456,
  [SMALL_STATE(360)] = 11466,
  [SMALL_STATE(361)] = 11482,
  [SMALL_STATE(362)] = 11498,
  [SMALL_STATE(363)] = 11514,
  [SMALL_STATE(364)] = 11530,
  [SMALL_STATE(365)] = 11546,
  [SMALL_STATE(366)] = 11560,
  [SMALL_STATE(367)] = 11574,
  [SMALL_STATE(368)] = 11590,
  [SMALL_STATE(369)] = 11606,
  [SMALL_STATE(370)] = 11622,
  [SMALL_STATE(371)] = 11638,
  [SMALL_STATE(372)] = 11652,
  [SMALL_STATE(373)] = 11668,
  [SMALL_STATE(374)] = 11684,
  [SMALL_STATE(375)] = 11700,
  [SMALL_STATE(376)] = 11716,
  [SMALL_STATE(377)] = 11732,
  [SMALL_STATE(378)] = 11746,
  [SMALL_STATE(379)] = 11762,
  [SMALL_STATE(380)] = 11772,
  [SMALL_STATE(381)] = 11788,
  [SMALL_STATE(382)] = 11804,
  [SMALL_STATE(383)] = 11820,
  [SMALL_STATE(384)] = 11830,
  [SMALL_STATE(385)] = 11846,
  [SMALL_STATE(386)] = 11862,
  [SMALL_STATE(387)] = 11878,
  [SMALL_STATE(388)] = 11894,
  [SMALL_STATE(389)] = 11910,
  [SMALL_STATE(390)] = 11926,
  [SMALL_STATE(391)] = 11936,
  [SMALL_STATE(392)] = 11946,
  [SMALL_STATE(393)] = 11958,
  [SMALL_STATE(394)] = 11972,
  [SMALL_STATE(395)] = 11986,
  [SMALL_STATE(396)] = 12000,
  [SMALL_STATE(397)] = 12016,
  [SMALL_STATE(398)] = 12032,
  [SMALL_STATE(399)] = 12048,
  [SMALL_STATE(400)] = 12064,
  [SMALL_STATE(401)] = 12080,
  [SMALL_STATE(402)] = 12096,
  [SMALL_STATE(403)] = 12112,
  [SMALL_STATE(404)] = 12126,
  [SMALL_STATE(405)] = 12142,
  [SMALL_STATE(406)] = 12156,
  [SMALL_STATE(407)] = 12172,
  [SMALL_STATE(408)] = 12188,
  [SMALL_STATE(409)] = 12202,
  [SMALL_STATE(410)] = 12218,
  [SMALL_STATE(411)] = 12234,
  [SMALL_STATE(412)] = 12246,
  [SMALL_STATE(413)] = 12258,
  [SMALL_STATE(414)] = 12272,
  [SMALL_STATE(415)] = 12288,
  [SMALL_STATE(416)] = 12302,
  [SMALL_STATE(417)] = 12316,
  [SMALL_STATE(418)] = 12332,
  [SMALL_STATE(419)] = 12348,
  [SMALL_STATE(420)] = 12362,
  [SMALL_STATE(421)] = 12376,
  [SMALL_STATE(422)] = 12390,
  [SMALL_STATE(423)] = 12404,
  [SMALL_STATE(424)] = 12418,
  [SMALL_STATE(425)] = 12432,
  [SMALL_STATE(426)] = 12446,
  [SMALL_STATE(427)] = 12460,
  [SMALL_STATE(428)] = 12474,
  [SMALL_STATE(429)] = 12488,
  [SMALL_STATE(430)] = 12502,
  [SMALL_STATE(431)] = 12516,
  [SMALL_STATE(432)] = 12530,
  [SMALL_STATE(433)] = 12544,
  [SMALL_STATE(434)] = 12558,
  [SMALL_STATE(435)] = 12572,
  [SMALL_STATE(436)] = 12586,
  [SMALL_STATE(437)] = 12600,
  [SMALL_STATE(438)] = 12610,
  [SMALL_STATE(439)] = 12623,
  [SMALL_STATE(440)] = 12636,
  [SMALL_STATE(441)] = 12649,
  [SMALL_STATE(442)] = 12662,
  [SMALL_STATE(443)] = 12675,
  [SMALL_STATE(444)] = 12686,
  [SMALL_STATE(445)] = 12697,
  [SMALL_STATE(446)] = 12710,
  [SMALL_STATE(447)] = 12723,
  [SMALL_STATE(448)] = 12736,
  [SMALL_STATE(449)] = 12745,
  [SMALL_STATE(450)] = 12758,
  [SMALL_STATE(451)] = 12771,
  [SMALL_STATE(452)] = 12784,
  [SMALL_STATE(453)] = 12797,
  [SMALL_STATE(454)] = 12810,
  [SMALL_STATE(455)] = 12823,
  [SMALL_STATE(456)] = 12836,
  [SMALL_STATE(457)] = 12847,
  [SMALL_STATE(458)] = 12860,
  [SMALL_STATE(459)] = 12873,
  [SMALL_STATE(460)] = 12882,
  [SMALL_STATE(461)] = 12891,
  [SMALL_STATE(462)] = 12904,
  [SMALL_STATE(463)] = 12917,
  [SMALL_STATE(464)] = 12928,
  [SMALL_STATE(465)] = 12941,
  [SMALL_STATE(466)] = 12954,
  [SMALL_STATE(467)] = 12965,
  [SMALL_STATE(468)] = 12978,
  [SMALL_STATE(469)] = 12989,
  [SMALL_STATE(470)] = 13000,
  [SMALL_STATE(471)] = 13011,
  [SMALL_STATE(472)] = 13024,
  [SMALL_STATE(473)] = 13037,
  [SMALL_STATE(474)] = 13050,
  [SMALL_STATE(475)] = 13063,
  [SMALL_STATE(476)] = 13076,
  [SMALL_STATE(477)] = 13089,
  [SMALL_STATE(478)] = 13102,
  [SMALL_STATE(479)] = 13115,
  [SMALL_STATE(480)] = 13126,
  [SMALL_STATE(481)] = 13139,
  [SMALL_STATE(482)] = 13152,
  [SMALL_STATE(483)] = 13163,
  [SMALL_STATE(484)] = 13172,
  [SMALL_STATE(485)] = 13185,
  [SMALL_STATE(486)] = 13198,
  [SMALL_STATE(487)] = 13211,
  [SMALL_STATE(488)] = 13224,
  [SMALL_STATE(489)] = 13232,
  [SMALL_STATE(490)] = 13240,
  [SMALL_STATE(491)] = 13248,
  [SMALL_STATE(492)] = 13256,
  [SMALL_STATE(493)] = 13264,
  [SMALL_STATE(494)] = 13272,
  [SMALL_STATE(495)] = 13282,
  [SMALL_STATE(496)] = 13292,
  [SMALL_STATE(497)] = 13302,
  [SMALL_STATE(498)] = 13310,
  [SMALL_STATE(499)] = 13318,
  [SMALL_STATE(500)] = 13326,
  [SMALL_STATE(501)] = 13336,
  [SMALL_STATE(502)] = 13344,
  [SMALL_STATE(503)] = 13352,
  [SMALL_STATE(504)] = 13360,
  [SMALL_STATE(505)] = 13368,
  [SMALL_STATE(506)] = 13376,
  [SMALL_STATE(507)] = 13384,
  [SMALL_STATE(508)] = 13392,
  [SMALL_STATE(509)] = 13400,
  [SMALL_STATE(510)] = 13408,
  [SMALL_STATE(511)] = 13416,
  [SMALL_STATE(512)] = 13426,
  [SMALL_STATE(513)] = 13434,
  [SMALL_STATE(514)] = 13442,
  [SMALL_STATE(515)] = 13450,
  [SMALL_STATE(516)] = 13458,
  [SMALL_STATE(517)] = 13466,
  [SMALL_STATE(518)] = 13474,
  [SMALL_STATE(519)] = 13482,
  [SMALL_STATE(520)] = 13490,
  [SMALL_STATE(521)] = 13498,
  [SMALL_STATE(522)] = 13506,
  [SMALL_STATE(523)] = 13514,
  [SMALL_STATE(524)] = 13522,
  [SMALL_STATE(525)] = 13530,
  [SMALL_STATE(526)] = 13538,
  [SMALL_STATE(527)] = 13548,
  [SMALL_STATE(528)] = 13556,
  [SMALL_STATE(529)] = 13564,
  [SMALL_STATE(530)] = 13572,
  [SMALL_STATE(531)] = 13582,
  [SMALL_STATE(532)] = 13590,
  [SMALL_STATE(533)] = 13598,
  [SMALL_STATE(534)] = 13606,
  [SMALL_STATE(535)] = 13614,
  [SMALL_STATE(536)] = 13622,
  [SMALL_STATE(537)] = 13630,
  [SMALL_STATE(538)] = 13638,
  [SMALL_STATE(539)] = 13648,
  [SMALL_STATE(540)] = 13658,
  [SMALL_STATE(541)] = 13668,
  [SMALL_STATE(542)] = 13678,
  [SMALL_STATE(543)] = 13686,
  [SMALL_STATE(544)] = 13694,
  [SMALL_STATE(545)] = 13702,
  [SMALL_STATE(546)] = 13710,
  [SMALL_STATE(547)] = 13718,
  [SMALL_STATE(548)] = 13726,
  [SMALL_STATE(549)] = 13734,
  [SMALL_STATE(550)] = 13742,
  [SMALL_STATE(551)] = 13752,
  [SMALL_STATE(552)] = 13760,
  [SMALL_STATE(553)] = 13768,
  [SMALL_STATE(554)] = 13776,
  [SMALL_STATE(555)] = 13786,
  [SMALL_STATE(556)] = 13794,
  [SMALL_STATE(557)] = 13802,
  [SMALL_STATE(558)] = 13810,
  [SMALL_STATE(559)] = 13820,
  [SMALL_STATE(560)] = 13828,
  [SMALL_STATE(561)] = 13838,
  [SMALL_STATE(562)] = 13848,
  [SMALL_STATE(563)] = 13856,
  [SMALL_STATE(564)] = 13866,
  [SMALL_STATE(565)] = 13876,
  [SMALL_STATE(566)] = 13884,
  [SMALL_STATE(567)] = 13892,
  [SMALL_STATE(568)] = 13900,
  [SMALL_STATE(569)] = 13908,
  [SMALL_STATE(570)] = 13916,
  [SMALL_STATE(571)] = 13924,
  [SMALL_STATE(572)] = 13932,
  [SMALL_STATE(573)] = 13942,
  [SMALL_STATE(574)] = 13950,
  [SMALL_STATE(575)] = 13958,
  [SMALL_STATE(576)] = 13966,
  [SMALL_STATE(577)] = 13974,
  [SMALL_STATE(578)] = 13984,
  [SMALL_STATE(579)] = 13994,
  [SMALL_STATE(580)] = 14004,
  [SMALL_STATE(581)] = 14012,
  [SMALL_STATE(582)] = 14020,
  [SMALL_STATE(583)] = 14028,
  [SMALL_STATE(584)] = 14038,
  [SMALL_STATE(585)] = 14046,
  [SMALL_STATE(586)] = 14054,
  [SMALL_STATE(587)] = 14064,
  [SMALL_STATE(588)] = 14072,
  [SMALL_STATE(589)] = 14082,
  [SMALL_STATE(590)] = 14090,
  [SMALL_STATE(591)] = 14098,
  [SMALL_STATE(592)] = 14106,
  [SMALL_STATE(593)] = 14116,
  [SMALL_STATE(594)] = 14124,
  [SMALL_STATE(595)] = 14132,
  [SMALL_STATE(596)] = 14140,
  [SMALL_STATE(597)] = 14148,
  [SMALL_STATE(598)] = 14156,
  [SMALL_STATE(599)] = 14164,
  [SMALL_STATE(600)] = 14172,
  [SMALL_STATE(601)] = 14180,
  [SMALL_STATE(602)] = 14188,
  [SMALL_STATE(603)] = 14196,
  [SMALL_STATE(604)] = 14206,
  [SMALL_STATE(605)] = 14216,
  [SMALL_STATE(606)] = 14224,
  [SMALL_STATE(607)] = 14231,
  [SMALL_STATE(608)] = 14238,
  [SMALL_STATE(609)] = 14245,
  [SMALL_STATE(610)] = 14252,
  [SMALL_STATE(611)] = 14259,
  [SMALL_STATE(612)] = 14266,
  [SMALL_STATE(613)] = 14273,
  [SMALL_STATE(614)] = 14280,
  [SMALL_STATE(615)] = 14287,
  [SMALL_STATE(616)] = 14294,
  [SMALL_STATE(617)] = 14301,
  [SMALL_STATE(618)] = 14308,
  [SMALL_STATE(619)] = 14315,
  [SMALL_STATE(620)] = 14322,
  [SMALL_STATE(621)] = 14329,
  [SMALL_STATE(622)] = 14336,
  [SMALL_STATE(623)] = 14343,
  [SMALL_STATE(624)] = 14350,
  [SMALL_STATE(625)] = 14357,
  [SMALL_STATE(626)] = 14364,
  [SMALL_STATE(627)] = 14371,
  [SMALL_STATE(628)] = 14378,
  [SMALL_STATE(629)] = 14385,
  [SMALL_STATE(630)] = 14392,
  [SMALL_STATE(631)] = 14399,
  [SMALL_STATE(632)] = 14406,
  [SMALL_STATE(633)] = 14413,
  [SMALL_STATE(634)] = 14420,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = false}}, SHIFT_EXTRA(),
  [5] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT_EXTRA(),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(572),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(622),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [23] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(627),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(579),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(538),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(484),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(540),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(485),
  [41] = {.entry = {.count = 1, .reusable = false}}, SHIFT(541),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(486),
  [45] = {.entry = {.count = 1, .reusable = false}}, SHIFT(461),
  [47] = {.entry = {.count = 1, .reusable = false}}, SHIFT(462),
  [49] = {.entry = {.count = 1, .reusable = false}}, SHIFT(403),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(632),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(441),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [57] = {.entry = {.count = 1, .reusable = false}}, SHIFT(273),
  [59] = {.entry = {.count = 1, .reusable = false}}, SHIFT(628),
  [61] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [63] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(184),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(175),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(177),
  [83] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [85] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [87] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(13),
  [90] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0),
  [92] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(14),
  [95] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 2, 0, 0),
  [97] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_string, 3, 0, 0),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [101] = {.entry = {.count = 1, .reusable = false}}, SHIFT(429),
  [103] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [105] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 1, 0, 0),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(603),
  [109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [111] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [113] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [115] = {.entry = {.count = 1, .reusable = false}}, SHIFT(348),
  [117] = {.entry = {.count = 1, .reusable = false}}, SHIFT(349),
  [119] = {.entry = {.count = 1, .reusable = false}}, SHIFT(350),
  [121] = {.entry = {.count = 1, .reusable = false}}, SHIFT(351),
  [123] = {.entry = {.count = 1, .reusable = false}}, SHIFT(352),
  [125] = {.entry = {.count = 1, .reusable = false}}, SHIFT(633),
  [127] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(580),
  [131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [133] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 1, 0, 0),
  [135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [137] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 3, 0, 4),
  [139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 3, 0, 4),
  [141] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(86),
  [144] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(429),
  [147] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(87),
  [150] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0),
  [152] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(603),
  [155] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(233),
  [158] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(236),
  [161] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(487),
  [164] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(348),
  [167] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(349),
  [170] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(350),
  [173] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(351),
  [176] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(352),
  [179] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(633),
  [182] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(241),
  [185] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(580),
  [188] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(76),
  [191] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0),
  [193] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(580),
  [196] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 3, 0, 10),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 3, 0, 10),
  [200] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 3, 0, 15),
  [202] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 3, 0, 15),
  [204] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 1, 0, 8),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 1, 0, 8),
  [208] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 2, 0, 10),
  [210] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 2, 0, 10),
  [212] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 2, 0, 8),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 2, 0, 8),
  [216] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 4, 0, 15),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 4, 0, 15),
  [220] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 2, 0, 4),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 2, 0, 4),
  [224] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 2, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 2, 0, 0),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(626),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(577),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(634),
  [246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(579),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [274] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money, 1, 0, 0),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_money, 1, 0, 0),
  [278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [280] = {.entry = {.count = 1, .reusable = false}}, SHIFT(573),
  [282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(534),
  [288] = {.entry = {.count = 1, .reusable = false}}, SHIFT(527),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [292] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(544),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money_unit, 1, 0, 0),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_money_unit, 1, 0, 0),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money, 2, 0, 0),
  [302] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_money, 2, 0, 0),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_text, 2, 0, 0),
  [306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0),
  [310] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0), SHIFT_REPEAT(578),
  [313] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_text, 1, 0, 0),
  [315] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_level, 1, 0, 0),
  [317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 3, 0, 16),
  [319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_text_repeat1, 2, 0, 0),
  [321] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_text_repeat1, 2, 0, 0), SHIFT_REPEAT(588),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_text, 1, 0, 0),
  [326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_text, 2, 0, 0),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 2, 0, 12),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__value, 1, 0, 9),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(502),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [360] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0),
  [362] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0), SHIFT_REPEAT(586),
  [365] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_text, 2, 0, 0),
  [367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [369] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_text, 1, 0, 0),
  [371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(509),
  [375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [381] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [383] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [385] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__word_or_string, 1, 0, 3),
  [387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__word_or_string, 1, 0, 3),
  [389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(624),
  [395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [399] = {.entry = {.count = 1, .reusable = false}}, SHIFT(240),
  [401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(609),
  [417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(610),
  [419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [427] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 1, 0, 0),
  [429] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 1, 0, 0),
  [431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [433] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0),
  [435] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(465),
  [438] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(393),
  [441] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(394),
  [444] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(395),
  [447] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(473),
  [450] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(477),
  [453] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(234),
  [456] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [459] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(332),
  [462] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_template_repeat2, 2, 0, 0),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [474] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_weight, 2, 0, 0),
  [476] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_weight, 2, 0, 0),
  [478] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_level, 1, 0, 0),
  [480] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [482] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 1, 0, 0),
  [484] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 1, 0, 0),
  [486] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__value, 1, 0, 9),
  [488] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_acknowledge, 3, 0, 0),
  [490] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acknowledge, 3, 0, 0),
  [492] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [494] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 2, 0, 0),
  [496] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 2, 0, 0),
  [498] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 2, 0, 12),
  [500] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 3, 0, 16),
  [502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [504] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mid_term, 2, 0, 11),
  [506] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_term, 2, 0, 11),
  [508] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_long_term, 2, 0, 11),
  [510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_long_term, 2, 0, 11),
  [512] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_description, 2, 0, 0),
  [514] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_description, 2, 0, 0),
  [516] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basis, 2, 0, 0),
  [518] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basis, 2, 0, 0),
  [520] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nature, 2, 0, 0),
  [522] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nature, 2, 0, 0),
  [524] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_direction, 2, 0, 0),
  [526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_direction, 2, 0, 0),
  [528] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_remark, 2, 0, 0),
  [530] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_remark, 2, 0, 0),
  [532] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_measure_unit, 2, 0, 0),
  [534] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_measure_unit, 2, 0, 0),
  [536] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__keyword_target, 2, 0, 0),
  [538] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__keyword_target, 2, 0, 0),
  [540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [542] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [546] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(109),
  [549] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [551] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(572),
  [554] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(440),
  [557] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(622),
  [560] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(312),
  [563] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(558),
  [566] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(294),
  [569] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(356),
  [572] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(452),
  [575] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(110),
  [578] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [580] = {.entry = {.count = 1, .reusable = false}}, SHIFT(365),
  [582] = {.entry = {.count = 1, .reusable = false}}, SHIFT(530),
  [584] = {.entry = {.count = 1, .reusable = false}}, SHIFT(472),
  [586] = {.entry = {.count = 1, .reusable = false}}, SHIFT(478),
  [588] = {.entry = {.count = 1, .reusable = false}}, SHIFT(450),
  [590] = {.entry = {.count = 1, .reusable = false}}, SHIFT(471),
  [592] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [596] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [598] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [600] = {.entry = {.count = 1, .reusable = false}}, SHIFT(185),
  [602] = {.entry = {.count = 1, .reusable = false}}, SHIFT(182),
  [604] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [606] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_deviation, 2, 0, 0),
  [608] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [610] = {.entry = {.count = 1, .reusable = false}}, SHIFT(435),
  [612] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_applies_to, 2, 0, 0),
  [614] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_applies_to, 2, 0, 0),
  [616] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(124),
  [619] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(435),
  [622] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0),
  [624] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0),
  [626] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [628] = {.entry = {.count = 1, .reusable = true}}, SHIFT(620),
  [630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [634] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0),
  [636] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(620),
  [639] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(526),
  [642] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(438),
  [645] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(593),
  [650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [652] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [655] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [657] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [665] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_core, 1, 0, 0),
  [667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [669] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_budget_repeat1, 2, 0, 0),
  [671] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(495),
  [674] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [677] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_execution_amount, 2, 0, 0),
  [679] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_source, 3, 0, 0),
  [681] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template_category, 2, 0, 17),
  [683] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template_category, 2, 0, 0),
  [685] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formula, 2, 0, 0),
  [687] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_reference, 2, 0, 0),
  [689] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_source, 4, 0, 0),
  [691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(493),
  [693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(504),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [699] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_row, 1, 0, 6),
  [701] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_continuation, 1, 0, 0),
  [703] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0),
  [705] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(306),
  [708] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(240),
  [711] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [714] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(494),
  [717] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(447),
  [720] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_row, 2, 0, 6),
  [722] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 4, 0, 2),
  [724] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_schedule_repeat1, 2, 0, 0),
  [726] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_schedule_repeat1, 2, 0, 0), SHIFT_REPEAT(595),
  [729] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_schedule_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [732] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 7, 0, 4),
  [734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 5, 0, 5),
  [736] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 7, 0, 2),
  [738] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 7, 0, 5),
  [740] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 5, 0, 4),
  [742] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 7, 0, 5),
  [744] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 6, 0, 2),
  [746] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 7, 0, 4),
  [748] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 8, 0, 2),
  [750] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 5, 0, 2),
  [752] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 4, 0, 0),
  [754] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 8, 0, 1),
  [756] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fund, 2, 0, 0),
  [758] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 3, 0, 0),
  [760] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 8, 0, 4),
  [762] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 8, 0, 5),
  [764] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 8, 0, 5),
  [766] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 4, 0, 4),
  [768] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 5, 0, 5),
  [770] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 6, 0, 5),
  [772] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(173),
  [775] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unit_decl, 3, 0, 1),
  [777] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 4, 0, 4),
  [779] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 8, 0, 4),
  [781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 9, 0, 1),
  [783] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 9, 0, 5),
  [785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 5, 0, 0),
  [787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include, 2, 0, 0),
  [789] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 5, 0, 1),
  [791] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 6, 0, 0),
  [793] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 4, 0, 5),
  [795] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 6, 0, 1),
  [797] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 7, 0, 0),
  [799] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 7, 0, 1),
  [801] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 6, 0, 4),
  [803] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [805] = {.entry = {.count = 1, .reusable = false}}, SHIFT(433),
  [807] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_cause, 2, 0, 0),
  [809] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cause, 2, 0, 0),
  [811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(595),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 6, 0, 4),
  [819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [823] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 5, 0, 4),
  [825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 6, 0, 5),
  [827] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [829] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [831] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0),
  [833] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(609),
  [836] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(239),
  [839] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(625),
  [842] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(438),
  [845] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0), SHIFT_REPEAT(210),
  [848] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0),
  [850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0),
  [852] = {.entry = {.count = 1, .reusable = true}}, SHIFT(584),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(500),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [860] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [862] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0), SHIFT_REPEAT(209),
  [865] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_row, 2, 0, 6),
  [867] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0),
  [869] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(500),
  [872] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(311),
  [875] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(467),
  [878] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [881] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_continuation, 1, 0, 0),
  [883] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_row, 1, 0, 6),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [889] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_schedule_entry, 3, 0, 0),
  [891] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [893] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_text_repeat1, 2, 0, 0), SHIFT_REPEAT(583),
  [896] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_cause_kind, 1, 0, 0),
  [898] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cause_kind, 1, 0, 0),
  [900] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quantity, 1, 0, 0),
  [902] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [904] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quantity, 1, 0, 0),
  [906] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_item, 2, 0, 0),
  [908] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [910] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [912] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [914] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 18),
  [916] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quantity, 2, 0, 0),
  [918] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_amount, 2, 0, 0),
  [920] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_correction, 2, 0, 0),
  [922] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cause, 3, 0, 0),
  [924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_done, 2, 0, 0),
  [926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_forecast, 2, 0, 0),
  [928] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_likelihood, 2, 0, 0),
  [930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized, 3, 0, 0),
  [932] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [934] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [936] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [938] = {.entry = {.count = 1, .reusable = false}}, SHIFT(357),
  [940] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [942] = {.entry = {.count = 1, .reusable = false}}, SHIFT(589),
  [944] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [946] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [948] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [950] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [952] = {.entry = {.count = 1, .reusable = false}}, SHIFT(587),
  [954] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(587),
  [958] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [960] = {.entry = {.count = 1, .reusable = false}}, SHIFT(582),
  [962] = {.entry = {.count = 1, .reusable = false}}, SHIFT(252),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [966] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [968] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [970] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_score, 2, 0, 0),
  [972] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [974] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_source_repeat1, 2, 0, 0),
  [976] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_source_repeat1, 2, 0, 0), SHIFT_REPEAT(526),
  [979] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_source_repeat1, 2, 0, 0), SHIFT_REPEAT(244),
  [982] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [984] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [986] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [988] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [990] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [994] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_actual, 2, 0, 0),
  [996] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [998] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [1004] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [1006] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [1008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [1014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [1018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [1024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1026] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [1028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [1030] = {.entry = {.count = 1, .reusable = true}}, SHIFT(507),
  [1032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(605),
  [1036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [1040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(550),
  [1042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [1044] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_review_repeat1, 2, 0, 0),
  [1046] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_review_repeat1, 2, 0, 0), SHIFT_REPEAT(371),
  [1049] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_review_repeat1, 2, 0, 0), SHIFT_REPEAT(270),
  [1052] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1054] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1056] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [1058] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dept_budget_repeat1, 2, 0, 0),
  [1060] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dept_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(550),
  [1063] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dept_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(272),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [1072] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat1, 2, 0, 0),
  [1074] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat1, 2, 0, 0), SHIFT_REPEAT(316),
  [1077] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat1, 2, 0, 0), SHIFT_REPEAT(554),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [1082] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [1088] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [1090] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [1094] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1096] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [1098] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_extra_levels, 2, 0, 0),
  [1100] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extra_levels, 2, 0, 0),
  [1102] = {.entry = {.count = 1, .reusable = false}}, SHIFT(466),
  [1104] = {.entry = {.count = 1, .reusable = false}}, SHIFT(522),
  [1106] = {.entry = {.count = 1, .reusable = false}}, SHIFT(469),
  [1108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [1110] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0), SHIFT_REPEAT(466),
  [1113] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0),
  [1115] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0), SHIFT_REPEAT(469),
  [1118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0), SHIFT_REPEAT(283),
  [1121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [1125] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(392),
  [1128] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(423),
  [1131] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_extra_units, 2, 0, 0),
  [1133] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extra_units, 2, 0, 0),
  [1135] = {.entry = {.count = 1, .reusable = false}}, SHIFT(559),
  [1137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [1139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_fund, 2, 0, 0),
  [1141] = {.entry = {.count = 1, .reusable = false}}, SHIFT(379),
  [1143] = {.entry = {.count = 1, .reusable = false}}, SHIFT(419),
  [1145] = {.entry = {.count = 1, .reusable = false}}, SHIFT(619),
  [1147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [1149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [1151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(621),
  [1153] = {.entry = {.count = 1, .reusable = false}}, SHIFT(510),
  [1155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rules_repeat1, 2, 0, 0), SHIFT_REPEAT(621),
  [1162] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_rules_repeat1, 2, 0, 0),
  [1164] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rules_repeat1, 2, 0, 0), SHIFT_REPEAT(298),
  [1167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [1169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1173] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_plan_repeat1, 2, 0, 0), SHIFT_REPEAT(419),
  [1176] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_plan_repeat1, 2, 0, 0),
  [1178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_plan_repeat1, 2, 0, 0), SHIFT_REPEAT(300),
  [1181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [1187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [1189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [1191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(602),
  [1195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1197] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_duty_repeat1, 2, 0, 0),
  [1199] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_duty_repeat1, 2, 0, 0), SHIFT_REPEAT(366),
  [1202] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_duty_repeat1, 2, 0, 0), SHIFT_REPEAT(305),
  [1205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1207] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review_field, 2, 0, 0),
  [1209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(516),
  [1213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [1219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1223] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [1225] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 0),
  [1227] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 0),
  [1229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [1233] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 13),
  [1235] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 13),
  [1237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(629),
  [1241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_previously, 2, 0, 0),
  [1243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1247] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 3),
  [1249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 3),
  [1251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_requested, 3, 0, 0),
  [1253] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 14),
  [1255] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 14),
  [1257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [1259] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0), SHIFT_REPEAT(561),
  [1262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_requested, 2, 0, 0),
  [1264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [1270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_project_repeat1, 2, 0, 0),
  [1274] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_project_repeat1, 2, 0, 0), SHIFT_REPEAT(12),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1283] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indicator_group_repeat1, 2, 0, 0),
  [1285] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indicator_group_repeat1, 2, 0, 0), SHIFT_REPEAT(40),
  [1288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [1290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [1302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [1306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [1310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [1314] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(358),
  [1317] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [1319] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_department_goals_repeat1, 2, 0, 0),
  [1321] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_department_goals_repeat1, 2, 0, 0), SHIFT_REPEAT(116),
  [1324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [1326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [1332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_monitoring_repeat1, 2, 0, 0),
  [1334] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_repeat1, 2, 0, 0), SHIFT_REPEAT(106),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [1339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1343] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_self_evaluation_repeat1, 2, 0, 0),
  [1345] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_self_evaluation_repeat1, 2, 0, 0), SHIFT_REPEAT(107),
  [1348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sub_goal_repeat1, 2, 0, 0),
  [1350] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sub_goal_repeat1, 2, 0, 0), SHIFT_REPEAT(275),
  [1353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [1355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [1363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat2, 2, 0, 0),
  [1365] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat2, 2, 0, 0), SHIFT_REPEAT(276),
  [1368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [1370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_code, 1, 0, 0),
  [1372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty_project, 2, 0, 0),
  [1376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1384] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat2, 2, 0, 0), SHIFT_REPEAT(80),
  [1387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1393] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0),
  [1395] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(33),
  [1398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [1400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [1402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [1408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [1412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [1414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [1416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [1420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [1422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_library_repeat1, 2, 0, 0),
  [1430] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_library_repeat1, 2, 0, 0), SHIFT_REPEAT(335),
  [1433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [1441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [1453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [1461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [1477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [1479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1495] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_budget, 2, 0, 0),
  [1497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty, 4, 0, 0),
  [1501] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_plan_row, 2, 0, 0),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [1505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review, 3, 0, 0),
  [1507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_setting, 2, 0, 0),
  [1509] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_rule_setting, 2, 0, 0),
  [1511] = {.entry = {.count = 1, .reusable = false}}, SHIFT(315),
  [1513] = {.entry = {.count = 1, .reusable = false}}, SHIFT(322),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_budget, 2, 0, 0),
  [1521] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [1523] = {.entry = {.count = 1, .reusable = false}}, SHIFT(313),
  [1525] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 1, 0, 0),
  [1527] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_setting, 1, 0, 0),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_budget, 2, 0, 0),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1537] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_period_range, 3, 0, 0),
  [1539] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_functions, 2, 0, 0),
  [1541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 7, 0, 0),
  [1543] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_status, 2, 0, 0),
  [1545] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review, 6, 0, 0),
  [1547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_budget, 4, 0, 0),
  [1549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_item, 4, 0, 0),
  [1553] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 6, 0, 0),
  [1555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_funds, 3, 0, 0),
  [1557] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_overall, 2, 0, 0),
  [1559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 6, 0, 4),
  [1561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money_unit_field, 2, 0, 0),
  [1563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_budget, 4, 0, 0),
  [1565] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 8, 0, 0),
  [1567] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_item, 5, 0, 0),
  [1569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 7, 0, 0),
  [1571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 7, 0, 4),
  [1573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rules, 3, 0, 0),
  [1575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 8, 0, 0),
  [1579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 8, 0, 4),
  [1581] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_framework, 2, 0, 0),
  [1583] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prose, 2, 0, 0),
  [1585] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rules, 4, 0, 0),
  [1587] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_funds, 3, 0, 0),
  [1589] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_previous, 3, 0, 0),
  [1591] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 4, 0, 4),
  [1593] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_budget, 5, 0, 0),
  [1595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring, 3, 0, 0),
  [1597] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_plan, 4, 0, 0),
  [1599] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unit_ref, 2, 0, 0),
  [1601] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_title, 2, 0, 0),
  [1603] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 3, 0, 7),
  [1605] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_use_text, 2, 0, 0),
  [1607] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goal, 2, 0, 0),
  [1609] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_term_goal, 2, 0, 0),
  [1611] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 6, 0, 7),
  [1613] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_period, 2, 0, 0),
  [1615] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_total, 2, 0, 0),
  [1617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty, 6, 0, 0),
  [1619] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 6, 0, 0),
  [1621] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 4, 0, 7),
  [1623] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicators_text, 2, 0, 0),
  [1625] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 4, 0, 0),
  [1627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_info, 2, 0, 0),
  [1629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 5, 0, 0),
  [1631] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_budget, 4, 0, 0),
  [1633] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_budget, 5, 0, 0),
  [1635] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_reviewed_by, 2, 0, 0),
  [1637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_budget, 5, 0, 0),
  [1639] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_include, 2, 0, 0),
  [1641] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review, 5, 0, 0),
  [1643] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring, 4, 0, 0),
  [1645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_total, 3, 0, 0),
  [1647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [1649] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_plan, 3, 0, 0),
  [1651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1653] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_schedule, 4, 0, 0),
  [1655] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 5, 0, 0),
  [1657] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 3, 0, 0),
  [1659] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 5, 0, 7),
  [1661] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_schedule, 3, 0, 0),
  [1663] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_stated_rate, 2, 0, 0),
  [1665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1667] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_achieved, 2, 0, 0),
  [1669] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1671] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_funds, 4, 0, 0),
  [1673] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_year, 2, 0, 0),
  [1675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1677] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1679] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department, 2, 0, 0),
  [1681] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prepared_by, 2, 0, 0),
  [1683] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_funds, 4, 0, 0),
  [1685] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 5, 0, 4),
  [1687] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_month_end, 1, 0, 0),
  [1689] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_measure, 3, 0, 0),
  [1691] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_previous, 2, 0, 0),
  [1693] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_code, 2, 0, 0),
  [1695] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 7, 0, 7),
  [1697] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_form, 2, 0, 0),
  [1699] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty, 7, 0, 0),
  [1701] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 4, 0, 0),
  [1703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [1705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(566),
  [1707] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [1711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [1713] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_period_to, 1, 0, 0),
  [1715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1719] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_as_of, 2, 0, 0),
  [1721] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [1723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [1725] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1729] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1731] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [1743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1745] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1747] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_approx, 1, 0, 0),
  [1749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1751] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [1753] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__line_end = 0,
  ts_external_token__continue = 1,
  ts_external_token__continue_alone = 2,
  ts_external_token__word_comparator = 3,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__line_end] = sym__line_end,
  [ts_external_token__continue] = sym__continue,
  [ts_external_token__continue_alone] = sym__continue_alone,
  [ts_external_token__word_comparator] = sym__word_comparator,
};

static const bool ts_external_scanner_states[9][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue] = true,
    [ts_external_token__continue_alone] = true,
    [ts_external_token__word_comparator] = true,
  },
  [2] = {
    [ts_external_token__line_end] = true,
  },
  [3] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__word_comparator] = true,
  },
  [4] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue] = true,
  },
  [5] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue_alone] = true,
  },
  [6] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue] = true,
    [ts_external_token__word_comparator] = true,
  },
  [7] = {
    [ts_external_token__word_comparator] = true,
  },
  [8] = {
    [ts_external_token__continue] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_perf_external_scanner_create(void);
void tree_sitter_perf_external_scanner_destroy(void *);
bool tree_sitter_perf_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_perf_external_scanner_serialize(void *, char *);
void tree_sitter_perf_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_perf(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .keyword_lex_fn = ts_lex_keywords,
    .keyword_capture_token = sym__word,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_perf_external_scanner_create,
      tree_sitter_perf_external_scanner_destroy,
      tree_sitter_perf_external_scanner_scan,
      tree_sitter_perf_external_scanner_serialize,
      tree_sitter_perf_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
