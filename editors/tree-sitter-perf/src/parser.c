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
#define SYMBOL_COUNT 439
#define ALIAS_COUNT 3
#define TOKEN_COUNT 277
#define EXTERNAL_TOKEN_COUNT 3
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
  sym_source_file = 277,
  sym__item = 278,
  sym_code = 279,
  sym_string = 280,
  sym_text = 281,
  sym__word_or_string = 282,
  sym_money = 283,
  sym_money_unit = 284,
  sym_include = 285,
  sym_document = 286,
  sym__document_field = 287,
  sym_year = 288,
  sym_department = 289,
  sym_prepared_by = 290,
  sym_reviewed_by = 291,
  sym_status = 292,
  sym_money_unit_field = 293,
  sym_framework = 294,
  sym_setting = 295,
  sym_rules = 296,
  sym_rule_setting = 297,
  sym_acknowledge = 298,
  sym_allow_include = 299,
  sym_previous = 300,
  sym_form = 301,
  sym_scoring = 302,
  sym_scoring_setting = 303,
  sym_extra_units = 304,
  sym_extra_levels = 305,
  sym_department_goals = 306,
  sym__department_goals_line = 307,
  sym_dept_code = 308,
  sym_dept_budget = 309,
  sym_dept_fund = 310,
  sym_dept_functions = 311,
  sym_duty = 312,
  sym_duty_project = 313,
  sym_overall = 314,
  sym_sub_goal = 315,
  sym_indicators_text = 316,
  sym_measure = 317,
  sym_unit_decl = 318,
  sym_project = 319,
  sym__project_field = 320,
  sym_unit_ref = 321,
  sym_title = 322,
  sym_budget = 323,
  sym_fund = 324,
  sym_mid_budget = 325,
  sym_use_text = 326,
  sym_goal = 327,
  sym_term_goal = 328,
  sym_period = 329,
  sym_period_range = 330,
  sym_period_to = 331,
  sym_plan = 332,
  sym_plan_row = 333,
  sym_review = 334,
  sym_review_field = 335,
  sym_info = 336,
  sym_prose = 337,
  sym_breakdown = 338,
  sym_requested = 339,
  sym_previously = 340,
  sym_breakdown_item = 341,
  sym_breakdown_total = 342,
  sym_approx = 343,
  sym__expr = 344,
  sym_binary_expression = 345,
  sym_parenthesized = 346,
  sym_quantity = 347,
  sym_schedule = 348,
  sym_schedule_entry = 349,
  sym_month_end = 350,
  sym_indicator_group = 351,
  sym_indicator = 352,
  sym_indicator_continuation = 353,
  sym__indicator_field = 354,
  sym__keyword_field = 355,
  sym_description = 356,
  sym_basis = 357,
  sym_nature = 358,
  sym_direction = 359,
  sym_remark = 360,
  sym_measure_unit = 361,
  sym_weight = 362,
  sym_mid_term = 363,
  sym_long_term = 364,
  sym_target = 365,
  sym__keyword_target = 366,
  sym__value = 367,
  sym_value_quantity = 368,
  sym_level = 369,
  sym_self_evaluation = 370,
  sym__evaluation_line = 371,
  sym_evaluation_funds = 372,
  sym_evaluation_source = 373,
  sym_execution_amount = 374,
  sym_stated_rate = 375,
  sym_achieved = 376,
  sym_evaluation_row = 377,
  sym_evaluation_continuation = 378,
  sym__evaluation_field = 379,
  sym_actual = 380,
  sym_score = 381,
  sym_deviation = 382,
  sym_evaluation_text = 383,
  sym_monitoring = 384,
  sym_as_of = 385,
  sym__monitoring_line = 386,
  sym_monitoring_funds = 387,
  sym_monitoring_amount = 388,
  sym_monitoring_row = 389,
  sym_monitoring_continuation = 390,
  sym__monitoring_field = 391,
  sym_done = 392,
  sym_forecast = 393,
  sym_likelihood = 394,
  sym_cause = 395,
  sym_cause_kind = 396,
  sym_correction = 397,
  sym_library = 398,
  sym_template = 399,
  sym__template_field = 400,
  sym_template_category = 401,
  sym_formula = 402,
  sym_reference = 403,
  sym_core = 404,
  sym_applies_to = 405,
  aux_sym_source_file_repeat1 = 406,
  aux_sym_string_repeat1 = 407,
  aux_sym_text_repeat1 = 408,
  aux_sym_document_repeat1 = 409,
  aux_sym_document_repeat2 = 410,
  aux_sym_rules_repeat1 = 411,
  aux_sym_scoring_repeat1 = 412,
  aux_sym_extra_units_repeat1 = 413,
  aux_sym_department_goals_repeat1 = 414,
  aux_sym_dept_budget_repeat1 = 415,
  aux_sym_duty_repeat1 = 416,
  aux_sym_sub_goal_repeat1 = 417,
  aux_sym_project_repeat1 = 418,
  aux_sym_budget_repeat1 = 419,
  aux_sym_plan_repeat1 = 420,
  aux_sym_review_repeat1 = 421,
  aux_sym_breakdown_repeat1 = 422,
  aux_sym_breakdown_repeat2 = 423,
  aux_sym_schedule_repeat1 = 424,
  aux_sym_indicator_group_repeat1 = 425,
  aux_sym_indicator_repeat1 = 426,
  aux_sym_self_evaluation_repeat1 = 427,
  aux_sym_evaluation_funds_repeat1 = 428,
  aux_sym_evaluation_source_repeat1 = 429,
  aux_sym_evaluation_row_repeat1 = 430,
  aux_sym_evaluation_text_repeat1 = 431,
  aux_sym_monitoring_repeat1 = 432,
  aux_sym_monitoring_funds_repeat1 = 433,
  aux_sym_monitoring_row_repeat1 = 434,
  aux_sym_cause_repeat1 = 435,
  aux_sym_library_repeat1 = 436,
  aux_sym_template_repeat1 = 437,
  aux_sym_template_repeat2 = 438,
  alias_sym_category = 439,
  alias_sym_text_value = 440,
  alias_sym_word = 441,
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
  [46] = 16,
  [47] = 47,
  [48] = 15,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 16,
  [57] = 57,
  [58] = 15,
  [59] = 59,
  [60] = 60,
  [61] = 44,
  [62] = 45,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 43,
  [69] = 69,
  [70] = 16,
  [71] = 71,
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
  [83] = 47,
  [84] = 15,
  [85] = 85,
  [86] = 86,
  [87] = 87,
  [88] = 50,
  [89] = 89,
  [90] = 55,
  [91] = 91,
  [92] = 54,
  [93] = 93,
  [94] = 53,
  [95] = 95,
  [96] = 96,
  [97] = 97,
  [98] = 16,
  [99] = 99,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 103,
  [104] = 104,
  [105] = 105,
  [106] = 106,
  [107] = 15,
  [108] = 108,
  [109] = 109,
  [110] = 13,
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
  [122] = 122,
  [123] = 99,
  [124] = 99,
  [125] = 15,
  [126] = 16,
  [127] = 13,
  [128] = 89,
  [129] = 93,
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
  [143] = 100,
  [144] = 101,
  [145] = 102,
  [146] = 86,
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
  [206] = 51,
  [207] = 49,
  [208] = 52,
  [209] = 209,
  [210] = 209,
  [211] = 211,
  [212] = 16,
  [213] = 57,
  [214] = 89,
  [215] = 93,
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
  [233] = 93,
  [234] = 89,
  [235] = 235,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 34,
  [244] = 219,
  [245] = 230,
  [246] = 218,
  [247] = 247,
  [248] = 248,
  [249] = 249,
  [250] = 250,
  [251] = 87,
  [252] = 252,
  [253] = 253,
  [254] = 236,
  [255] = 231,
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
  [325] = 43,
  [326] = 44,
  [327] = 42,
  [328] = 41,
  [329] = 329,
  [330] = 15,
  [331] = 16,
  [332] = 332,
  [333] = 333,
  [334] = 45,
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
  [359] = 47,
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
  [392] = 99,
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
  [517] = 91,
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
  [582] = 582,
  [583] = 583,
  [584] = 584,
  [585] = 580,
  [586] = 561,
  [587] = 580,
  [588] = 582,
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
  [633] = 610,
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
        '"', 1458,
        '#', 774,
        '%', 1690,
        '(', 1680,
        ')', 1684,
        '*', 1674,
        '+', 1668,
        '-', 1629,
        '<', 1743,
        '=', 1743,
        '>', 1743,
        '\\', 1451,
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
        '{', 1490,
        '}', 1491,
        '~', 1637,
        0xd7, 1672,
        0xf7, 1678,
        0x2013, 1635,
        0x2014, 1633,
        0x4e07, 1324,
        0x4e0a, 1348,
        0x4e0d, 1320,
        0x4e8b, 1312,
        0x4ebf, 1325,
        0x4f4e, 1313,
        0x4f9d, 1366,
        0x504f, 1347,
        0x5141, 1421,
        0x5143, 1480,
        0x5168, 1349,
        0x5176, 1315,
        0x5206, 1321,
        0x5230, 1627,
        0x5305, 1344,
        0x5343, 1326,
        0x5355, 1316,
        0x53c2, 1408,
        0x53ef, 1409,
        0x5408, 1417,
        0x57fa, 1388,
        0x5927, 1314,
        0x5b8c, 1359,
        0x5b9e, 1442,
        0x5ba1, 1396,
        0x5c0f, 1314,
        0x5df2, 1346,
        0x5e74, 1336,
        0x5f53, 1350,
        0x5f97, 1333,
        0x622a, 1410,
        0x6267, 1412,
        0x6307, 1391,
        0x63cf, 1433,
        0x6587, 1397,
        0x672c, 1407,
        0x6838, 1353,
        0x6a21, 1390,
        0x7248, 1389,
        0x72b6, 1354,
        0x7533, 1422,
        0x76d1, 1368,
        0x76ee, 1392,
        0x786e, 1420,
        0x7b49, 1313,
        0x7c7b, 1337,
        0x7ea0, 1323,
        0x7ea6, 1664,
        0x7ecf, 1411,
        0x7f16, 1338,
        0x81ea, 1386,
        0x81f3, 1625,
        0x8865, 1327,
        0x8868, 1395,
        0x89c4, 1335,
        0x8ba1, 1403,
        0x8bc4, 1334,
        0x8d22, 1372,
        0x8d44, 1435,
        0x8d85, 1432,
        0x9002, 1401,
        0x90e8, 1441,
        0x91d1, 1445,
        0x9879, 1402,
        0x9884, 1418,
        0x9ad8, 1313,
        0xff05, 1692,
        0xff08, 1682,
        0xff09, 1686,
        0xff0a, 1676,
        0xff0b, 1670,
        0xff0d, 1631,
        0xff1c, 1745,
        0xff1d, 1742,
        0xff1e, 1745,
        0xff5e, 1639,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(771);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1450);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(775);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead)) ADVANCE(1454);
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
      if (lookahead == '"') ADVANCE(1458);
      if (lookahead == '#') ADVANCE(1457);
      if (lookahead == '\\') ADVANCE(770);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1456);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1457);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        '(', 1679,
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
        '{', 1490,
        '}', 1491,
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
        0x7ea6, 1664,
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
        0xff08, 1681,
        '*', 764,
        0xff0a, 764,
        'X', 765,
        'x', 765,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1470);
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
        '"', 1455,
        '#', 774,
        '<', 1743,
        '=', 1743,
        '>', 1743,
        'a', 861,
        'b', 839,
        'd', 961,
        'm', 931,
        'n', 808,
        'w', 965,
        '}', 1491,
        0xd7, 1309,
        0x4e0d, 1320,
        0x4f4e, 1313,
        0x4f9d, 1366,
        0x5206, 1321,
        0x5927, 1314,
        0x5c0f, 1314,
        0x6307, 1394,
        0x63cf, 1433,
        0x786e, 1420,
        0x7b49, 1313,
        0x8ba1, 1434,
        0x8d85, 1432,
        0x9ad8, 1313,
        0xff1c, 1745,
        0xff1e, 1745,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(5);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1449);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1450);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1467);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(776);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead) &&
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        '<', 1743,
        '=', 1743,
        '>', 1743,
        0xd7, 1309,
        0x4e0d, 1320,
        0x4f4e, 1313,
        0x5927, 1314,
        0x5c0f, 1314,
        0x7b49, 1313,
        0x8d85, 1432,
        0x9ad8, 1313,
        0xff1c, 1745,
        0xff1e, 1745,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(6);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1449);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1450);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1467);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        'a', 1160,
        'b', 839,
        'c', 832,
        'd', 961,
        'f', 1140,
        'm', 931,
        'n', 808,
        'r', 949,
        '}', 1491,
        0x4f9d, 1366,
        0x53c2, 1408,
        0x6307, 1394,
        0x63cf, 1433,
        0x6838, 1353,
        0x7c7b, 1337,
        0x8ba1, 1403,
        0x9002, 1401,
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        'c', 1151,
        'd', 968,
        'f', 1152,
        'l', 1017,
        '}', 1491,
        0x504f, 1347,
        0x53ef, 1409,
        0x5b8c, 1361,
        0x7ea0, 1323,
        0x9884, 1418,
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        'c', 1151,
        'd', 969,
        'e', 1300,
        'f', 1148,
        '}', 1491,
        0x504f, 1347,
        0x5168, 1351,
        0x6267, 1415,
        0x7ea0, 1323,
        0x9884, 1419,
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 10:
      if (lookahead == '"') ADVANCE(1455);
      if (lookahead == '#') ADVANCE(774);
      if (lookahead == '}') ADVANCE(1491);
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '#', 774,
        ')', 1683,
        '*', 1673,
        '+', 1667,
        '-', 1628,
        '=', 1658,
        '}', 1491,
        0xd7, 1671,
        0xf7, 1677,
        0xff09, 1685,
        0xff0a, 1675,
        0xff0b, 1669,
        0xff0d, 1630,
        0xff1d, 1659,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(11);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1687);
      if ((!eof && set_contains(sym_unit_character_set_1, 16, lookahead))) ADVANCE(1688);
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
        '}', 1491,
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
        '{', 1490,
        '}', 1491,
        0x4e07, 624,
        0x4e0a, 652,
        0x4e8b, 611,
        0x4ebf, 625,
        0x504f, 648,
        0x5143, 1479,
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
        '}', 1491,
        0x4f9d, 1366,
        0x5206, 1321,
        0x6307, 1394,
        0x63cf, 1433,
        0x6a21, 1390,
        0x786e, 1420,
        0x8ba1, 1434,
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '#', 774,
        'a', 861,
        'g', 1122,
        'u', 1097,
        '}', 1491,
        0x5355, 1316,
        0x76ee, 1392,
        0x786e, 1420,
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '#', 774,
        'a', 875,
        'd', 969,
        's', 886,
        'w', 965,
        '}', 1491,
        0x504f, 1347,
        0x5206, 1321,
        0x5b9e, 1442,
        0x5f97, 1333,
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
          lookahead != '{') ADVANCE(1454);
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
        '}', 1491,
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
      if (lookahead == '}') ADVANCE(1491);
      if (lookahead == 0x6267) ADVANCE(1414);
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
          lookahead != '{') ADVANCE(1454);
      END_STATE();
    case 19:
      if (lookahead == '#') ADVANCE(774);
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1464);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 20:
      if (lookahead == '.') ADVANCE(769);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
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
      if (lookahead == 'a') ADVANCE(1843);
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
      if (lookahead == 'b') ADVANCE(1696);
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
      if (lookahead == 'c') ADVANCE(1716);
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
      if (lookahead == 'd') ADVANCE(1780);
      END_STATE();
    case 133:
      if (lookahead == 'd') ADVANCE(1652);
      END_STATE();
    case 134:
      if (lookahead == 'd') ADVANCE(1827);
      END_STATE();
    case 135:
      if (lookahead == 'd') ADVANCE(1785);
      END_STATE();
    case 136:
      if (lookahead == 'd') ADVANCE(1813);
      END_STATE();
    case 137:
      if (lookahead == 'd') ADVANCE(1782);
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
      if (lookahead == 'o') ADVANCE(1640);
      END_STATE();
    case 160:
      if (lookahead == 'e') ADVANCE(343);
      if (lookahead == 'o') ADVANCE(559);
      END_STATE();
    case 161:
      if (lookahead == 'e') ADVANCE(1851);
      if (lookahead == 'r') ADVANCE(186);
      END_STATE();
    case 162:
      if (lookahead == 'e') ADVANCE(1819);
      END_STATE();
    case 163:
      if (lookahead == 'e') ADVANCE(593);
      if (lookahead == 's') ADVANCE(280);
      END_STATE();
    case 164:
      if (lookahead == 'e') ADVANCE(1793);
      END_STATE();
    case 165:
      if (lookahead == 'e') ADVANCE(1793);
      if (lookahead == 'i') ADVANCE(367);
      END_STATE();
    case 166:
      if (lookahead == 'e') ADVANCE(1732);
      END_STATE();
    case 167:
      if (lookahead == 'e') ADVANCE(1484);
      END_STATE();
    case 168:
      if (lookahead == 'e') ADVANCE(1720);
      END_STATE();
    case 169:
      if (lookahead == 'e') ADVANCE(1847);
      END_STATE();
    case 170:
      if (lookahead == 'e') ADVANCE(1648);
      END_STATE();
    case 171:
      if (lookahead == 'e') ADVANCE(1605);
      END_STATE();
    case 172:
      if (lookahead == 'e') ADVANCE(1656);
      END_STATE();
    case 173:
      if (lookahead == 'e') ADVANCE(1609);
      END_STATE();
    case 174:
      if (lookahead == 'e') ADVANCE(440);
      END_STATE();
    case 175:
      if (lookahead == 'e') ADVANCE(440);
      if (lookahead == 'o') ADVANCE(363);
      END_STATE();
    case 176:
      if (lookahead == 'e') ADVANCE(1526);
      END_STATE();
    case 177:
      if (lookahead == 'e') ADVANCE(1530);
      END_STATE();
    case 178:
      if (lookahead == 'e') ADVANCE(1550);
      END_STATE();
    case 179:
      if (lookahead == 'e') ADVANCE(1809);
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
      if (lookahead == 'm') ADVANCE(1542);
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
      if (lookahead == 'm') ADVANCE(1542);
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
      if (lookahead == 'f') ADVANCE(1805);
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
      if (lookahead == 'g') ADVANCE(1708);
      END_STATE();
    case 251:
      if (lookahead == 'g') ADVANCE(1801);
      END_STATE();
    case 252:
      if (lookahead == 'g') ADVANCE(1546);
      END_STATE();
    case 253:
      if (lookahead == 'g') ADVANCE(1566);
      END_STATE();
    case 254:
      if (lookahead == 'g') ADVANCE(1569);
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
      if (lookahead == 'k') ADVANCE(1518);
      END_STATE();
    case 316:
      if (lookahead == 'k') ADVANCE(185);
      END_STATE();
    case 317:
      if (lookahead == 'k') ADVANCE(375);
      END_STATE();
    case 318:
      if (lookahead == 'l') ADVANCE(1706);
      if (lookahead == 'n') ADVANCE(1704);
      END_STATE();
    case 319:
      if (lookahead == 'l') ADVANCE(244);
      if (lookahead == 'p') ADVANCE(1710);
      if (lookahead == 'r') ADVANCE(587);
      END_STATE();
    case 320:
      if (lookahead == 'l') ADVANCE(1789);
      END_STATE();
    case 321:
      if (lookahead == 'l') ADVANCE(1585);
      END_STATE();
    case 322:
      if (lookahead == 'l') ADVANCE(1597);
      END_STATE();
    case 323:
      if (lookahead == 'l') ADVANCE(1593);
      END_STATE();
    case 324:
      if (lookahead == 'l') ADVANCE(1617);
      END_STATE();
    case 325:
      if (lookahead == 'l') ADVANCE(1662);
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
      if (lookahead == 'n') ADVANCE(1694);
      END_STATE();
    case 352:
      if (lookahead == 'n') ADVANCE(1538);
      END_STATE();
    case 353:
      if (lookahead == 'n') ADVANCE(1797);
      END_STATE();
    case 354:
      if (lookahead == 'n') ADVANCE(1831);
      END_STATE();
    case 355:
      if (lookahead == 'n') ADVANCE(1724);
      END_STATE();
    case 356:
      if (lookahead == 'n') ADVANCE(1589);
      END_STATE();
    case 357:
      if (lookahead == 'n') ADVANCE(1756);
      END_STATE();
    case 358:
      if (lookahead == 'n') ADVANCE(143);
      END_STATE();
    case 359:
      if (lookahead == 'n') ADVANCE(1764);
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
      if (lookahead == 'o') ADVANCE(1855);
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
      if (lookahead == 'r') ADVANCE(1700);
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
      if (lookahead == 'r') ADVANCE(1698);
      if (lookahead == 'y') ADVANCE(1702);
      END_STATE();
    case 448:
      if (lookahead == 'r') ADVANCE(1613);
      END_STATE();
    case 449:
      if (lookahead == 'r') ADVANCE(1644);
      END_STATE();
    case 450:
      if (lookahead == 'r') ADVANCE(165);
      END_STATE();
    case 451:
      if (lookahead == 'r') ADVANCE(1494);
      END_STATE();
    case 452:
      if (lookahead == 'r') ADVANCE(1768);
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
      if (lookahead == 's') ADVANCE(1728);
      END_STATE();
    case 494:
      if (lookahead == 's') ADVANCE(1601);
      END_STATE();
    case 495:
      if (lookahead == 's') ADVANCE(1562);
      END_STATE();
    case 496:
      if (lookahead == 's') ADVANCE(1760);
      END_STATE();
    case 497:
      if (lookahead == 's') ADVANCE(1522);
      END_STATE();
    case 498:
      if (lookahead == 's') ADVANCE(1510);
      END_STATE();
    case 499:
      if (lookahead == 's') ADVANCE(1534);
      END_STATE();
    case 500:
      if (lookahead == 's') ADVANCE(1577);
      END_STATE();
    case 501:
      if (lookahead == 's') ADVANCE(1554);
      END_STATE();
    case 502:
      if (lookahead == 's') ADVANCE(1558);
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
      if (lookahead == 't') ADVANCE(1712);
      END_STATE();
    case 522:
      if (lookahead == 't') ADVANCE(1581);
      END_STATE();
    case 523:
      if (lookahead == 't') ADVANCE(1740);
      END_STATE();
    case 524:
      if (lookahead == 't') ADVANCE(1572);
      END_STATE();
    case 525:
      if (lookahead == 't') ADVANCE(1488);
      END_STATE();
    case 526:
      if (lookahead == 't') ADVANCE(1823);
      END_STATE();
    case 527:
      if (lookahead == 't') ADVANCE(1736);
      END_STATE();
    case 528:
      if (lookahead == 't') ADVANCE(1772);
      END_STATE();
    case 529:
      if (lookahead == 't') ADVANCE(1776);
      END_STATE();
    case 530:
      if (lookahead == 't') ADVANCE(1498);
      END_STATE();
    case 531:
      if (lookahead == 't') ADVANCE(1514);
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
      if (lookahead == 'v') ADVANCE(1714);
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
      if (lookahead == 'x') ADVANCE(1665);
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
      if (lookahead == 'y') ADVANCE(1835);
      END_STATE();
    case 605:
      if (lookahead == 'y') ADVANCE(1839);
      END_STATE();
    case 606:
      if (lookahead == 'y') ADVANCE(1502);
      END_STATE();
    case 607:
      if (lookahead == 'y') ADVANCE(1506);
      END_STATE();
    case 608:
      if (lookahead == 'y') ADVANCE(229);
      END_STATE();
    case 609:
      if (lookahead == 'y') ADVANCE(43);
      END_STATE();
    case 610:
      if (lookahead == 0xd7) ADVANCE(1746);
      END_STATE();
    case 611:
      if (lookahead == 0x4e1a) ADVANCE(677);
      END_STATE();
    case 612:
      if (lookahead == 0x4e4b) ADVANCE(640);
      if (lookahead == 0x4ee5) ADVANCE(640);
      if (lookahead == 0x524d) ADVANCE(1753);
      if (lookahead == 0x5b8c) ADVANCE(667);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(612);
      END_STATE();
    case 613:
      ADVANCE_MAP(
        0x4e4b, 640,
        0x4ee5, 640,
        0x524d, 1753,
        0x5b8c, 667,
        ' ', 613,
        0x3000, 613,
        0x5e95, 1750,
        0x672b, 1750,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(692);
      END_STATE();
    case 614:
      if (lookahead == 0x4eba) ADVANCE(1642);
      if (lookahead == 0x65e5) ADVANCE(695);
      END_STATE();
    case 615:
      if (lookahead == 0x4ed6) ADVANCE(741);
      END_STATE();
    case 616:
      if (lookahead == 0x4f4d) ADVANCE(1579);
      END_STATE();
    case 617:
      if (lookahead == 0x4f4d) ADVANCE(1734);
      END_STATE();
    case 618:
      if (lookahead == 0x4f4d) ADVANCE(1552);
      END_STATE();
    case 619:
      if (lookahead == 0x4f4d) ADVANCE(1512);
      END_STATE();
    case 620:
      if (lookahead == 0x4f53) ADVANCE(719);
      END_STATE();
    case 621:
      if (lookahead == 0x503c) ADVANCE(1738);
      END_STATE();
    case 622:
      if (lookahead == 0x503c) ADVANCE(1845);
      END_STATE();
    case 623:
      if (lookahead == 0x504f) ADVANCE(1829);
      END_STATE();
    case 624:
      if (lookahead == 0x5143) ADVANCE(1473);
      END_STATE();
    case 625:
      if (lookahead == 0x5143) ADVANCE(1475);
      END_STATE();
    case 626:
      if (lookahead == 0x5143) ADVANCE(1477);
      END_STATE();
    case 627:
      if (lookahead == 0x5145) ADVANCE(643);
      END_STATE();
    case 628:
      if (lookahead == 0x5165) ADVANCE(1603);
      END_STATE();
    case 629:
      if (lookahead == 0x5165) ADVANCE(1607);
      END_STATE();
    case 630:
      if (lookahead == 0x516c) ADVANCE(659);
      END_STATE();
    case 631:
      if (lookahead == 0x51b5) ADVANCE(1783);
      END_STATE();
    case 632:
      if (lookahead == 0x51fa) ADVANCE(1564);
      END_STATE();
    case 633:
      if (lookahead == 0x51fa) ADVANCE(1568);
      END_STATE();
    case 634:
      if (lookahead == 0x5206) ADVANCE(1791);
      END_STATE();
    case 635:
      if (lookahead == 0x5206) ADVANCE(1544);
      END_STATE();
    case 636:
      if (lookahead == 0x5219) ADVANCE(1520);
      END_STATE();
    case 637:
      if (lookahead == 0x521d) ADVANCE(757);
      END_STATE();
    case 638:
      if (lookahead == 0x522b) ADVANCE(1837);
      END_STATE();
    case 639:
      if (lookahead == 0x5236) ADVANCE(1500);
      END_STATE();
    case 640:
      if (lookahead == 0x524d) ADVANCE(1753);
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
      if (lookahead == 0x542b) ADVANCE(1482);
      END_STATE();
    case 646:
      if (lookahead == 0x542b) ADVANCE(1528);
      END_STATE();
    case 647:
      if (lookahead == 0x5b89) ADVANCE(673);
      END_STATE();
    case 648:
      if (lookahead == 0x5dee) ADVANCE(1795);
      END_STATE();
    case 649:
      if (lookahead == 0x5e74) ADVANCE(668);
      END_STATE();
    case 650:
      if (lookahead == 0x5e74) ADVANCE(1532);
      END_STATE();
    case 651:
      if (lookahead == 0x5e74) ADVANCE(722);
      END_STATE();
    case 652:
      if (lookahead == 0x5e74) ADVANCE(722);
      if (lookahead == 0x7ea7) ADVANCE(737);
      END_STATE();
    case 653:
      if (lookahead == 0x5e74) ADVANCE(1623);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(653);
      END_STATE();
    case 654:
      if (lookahead == 0x5e74) ADVANCE(1751);
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
      if (lookahead == 0x5e93) ADVANCE(1833);
      if (lookahead == 0x6027) ADVANCE(740);
      END_STATE();
    case 658:
      if (lookahead == 0x5ea6) ADVANCE(1492);
      END_STATE();
    case 659:
      if (lookahead == 0x5f0f) ADVANCE(1841);
      END_STATE();
    case 660:
      if (lookahead == 0x5fc3) ADVANCE(1849);
      END_STATE();
    case 661:
      if (lookahead == 0x6001) ADVANCE(1508);
      END_STATE();
    case 662:
      if (lookahead == 0x6027) ADVANCE(1825);
      END_STATE();
    case 663:
      if (lookahead == 0x6027) ADVANCE(1556);
      END_STATE();
    case 664:
      if (lookahead == 0x6027) ADVANCE(678);
      END_STATE();
    case 665:
      if (lookahead == 0x6210) ADVANCE(1815);
      END_STATE();
    case 666:
      if (lookahead == 0x6210) ADVANCE(1817);
      END_STATE();
    case 667:
      if (lookahead == 0x6210) ADVANCE(1747);
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
      if (lookahead == 0x636e) ADVANCE(1726);
      END_STATE();
    case 673:
      if (lookahead == 0x6392) ADVANCE(1654);
      END_STATE();
    case 674:
      if (lookahead == 0x63a7) ADVANCE(1799);
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
      if (lookahead == 0x6570) ADVANCE(1778);
      END_STATE();
    case 684:
      if (lookahead == 0x6570) ADVANCE(1774);
      END_STATE();
    case 685:
      if (lookahead == 0x6570) ADVANCE(1770);
      END_STATE();
    case 686:
      if (lookahead == 0x6570) ADVANCE(1807);
      END_STATE();
    case 687:
      if (lookahead == 0x6570) ADVANCE(1811);
      END_STATE();
    case 688:
      if (lookahead == 0x6708) ADVANCE(1619);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(688);
      END_STATE();
    case 689:
      if (lookahead == 0x6708) ADVANCE(1619);
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
      if (lookahead == 0x8bc4) ADVANCE(1754);
      END_STATE();
    case 695:
      if (lookahead == 0x671f) ADVANCE(1646);
      END_STATE();
    case 696:
      if (lookahead == 0x672c) ADVANCE(1536);
      END_STATE();
    case 697:
      if (lookahead == 0x672c) ADVANCE(675);
      END_STATE();
    case 698:
      if (lookahead == 0x677f) ADVANCE(1718);
      END_STATE();
    case 699:
      if (lookahead == 0x6807) ADVANCE(657);
      END_STATE();
    case 700:
      if (lookahead == 0x6807) ADVANCE(1560);
      END_STATE();
    case 701:
      if (lookahead == 0x6807) ADVANCE(1576);
      END_STATE();
    case 702:
      if (lookahead == 0x6807) ADVANCE(1615);
      END_STATE();
    case 703:
      if (lookahead == 0x6807) ADVANCE(620);
      END_STATE();
    case 704:
      if (lookahead == 0x6807) ADVANCE(1574);
      END_STATE();
    case 705:
      if (lookahead == 0x6837) ADVANCE(1540);
      END_STATE();
    case 706:
      if (lookahead == 0x6838) ADVANCE(614);
      END_STATE();
    case 707:
      if (lookahead == 0x6838) ADVANCE(1504);
      END_STATE();
    case 708:
      if (lookahead == 0x6863) ADVANCE(1486);
      END_STATE();
    case 709:
      if (lookahead == 0x6b3e) ADVANCE(1587);
      END_STATE();
    case 710:
      if (lookahead == 0x6b3e) ADVANCE(1762);
      END_STATE();
    case 711:
      if (lookahead == 0x7387) ADVANCE(1548);
      END_STATE();
    case 712:
      if (lookahead == 0x7528) ADVANCE(1853);
      END_STATE();
    case 713:
      if (lookahead == 0x76ee) ADVANCE(1570);
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
      if (lookahead == 0x7cfb) ADVANCE(1516);
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
      if (lookahead == 0x81f3) ADVANCE(1803);
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
      if (lookahead == 0x8ba1) ADVANCE(1821);
      END_STATE();
    case 732:
      if (lookahead == 0x8ba1) ADVANCE(1660);
      END_STATE();
    case 733:
      if (lookahead == 0x8ba1) ADVANCE(669);
      END_STATE();
    case 734:
      if (lookahead == 0x8ba4) ADVANCE(1524);
      END_STATE();
    case 735:
      if (lookahead == 0x8bb8) ADVANCE(641);
      END_STATE();
    case 736:
      if (lookahead == 0x8bf7) ADVANCE(1650);
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
      if (lookahead == 0x8d28) ADVANCE(1730);
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
      if (lookahead == 0x8f6c) ADVANCE(1766);
      END_STATE();
    case 746:
      if (lookahead == 0x8ff0) ADVANCE(1722);
      END_STATE();
    case 747:
      if (lookahead == 0x91d1) ADVANCE(1611);
      END_STATE();
    case 748:
      if (lookahead == 0x91d1) ADVANCE(1599);
      END_STATE();
    case 749:
      if (lookahead == 0x91d1) ADVANCE(1583);
      END_STATE();
    case 750:
      if (lookahead == 0x91d1) ADVANCE(1591);
      END_STATE();
    case 751:
      if (lookahead == 0x91d1) ADVANCE(1595);
      END_STATE();
    case 752:
      if (lookahead == 0x91d1) ADVANCE(1758);
      END_STATE();
    case 753:
      if (lookahead == 0x95e8) ADVANCE(1496);
      END_STATE();
    case 754:
      if (lookahead == 0x95e8) ADVANCE(714);
      END_STATE();
    case 755:
      if (lookahead == 0x9645) ADVANCE(1787);
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
          lookahead == 0x672b) ADVANCE(1750);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(762);
      END_STATE();
    case 761:
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1750);
      END_STATE();
    case 762:
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1750);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(761);
      END_STATE();
    case 763:
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(763);
      END_STATE();
    case 764:
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1746);
      END_STATE();
    case 765:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1746);
      END_STATE();
    case 766:
      if (lookahead == 0x5e95 ||
          lookahead == 0x672b) ADVANCE(1693);
      END_STATE();
    case 767:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1621);
      END_STATE();
    case 768:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1472);
      END_STATE();
    case 769:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(763);
      END_STATE();
    case 770:
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1459);
      END_STATE();
    case 771:
      if (eof) ADVANCE(773);
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        '%', 1690,
        '(', 1680,
        ')', 1684,
        '*', 1674,
        '+', 1668,
        '-', 1629,
        '<', 1743,
        '=', 1743,
        '>', 1743,
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
        '{', 1490,
        '}', 1491,
        '~', 1637,
        0xd7, 1672,
        0xf7, 1678,
        0x2013, 1635,
        0x2014, 1633,
        0x4e07, 1324,
        0x4e0a, 1348,
        0x4e0d, 1320,
        0x4e8b, 1312,
        0x4ebf, 1325,
        0x4f4e, 1313,
        0x4f9d, 1366,
        0x504f, 1347,
        0x5141, 1421,
        0x5143, 1480,
        0x5168, 1349,
        0x5176, 1315,
        0x5206, 1321,
        0x5230, 1627,
        0x5305, 1344,
        0x5343, 1326,
        0x5355, 1316,
        0x53c2, 1408,
        0x53ef, 1409,
        0x5408, 1417,
        0x57fa, 1388,
        0x5927, 1314,
        0x5b8c, 1359,
        0x5b9e, 1442,
        0x5ba1, 1396,
        0x5c0f, 1314,
        0x5df2, 1346,
        0x5e74, 1336,
        0x5f53, 1350,
        0x5f97, 1333,
        0x622a, 1410,
        0x6267, 1412,
        0x6307, 1391,
        0x63cf, 1433,
        0x6587, 1397,
        0x672c, 1407,
        0x6838, 1353,
        0x6a21, 1390,
        0x7248, 1389,
        0x72b6, 1354,
        0x7533, 1422,
        0x76d1, 1368,
        0x76ee, 1392,
        0x786e, 1420,
        0x7b49, 1313,
        0x7c7b, 1337,
        0x7ea0, 1323,
        0x7ea6, 1664,
        0x7ecf, 1411,
        0x7f16, 1338,
        0x81ea, 1386,
        0x81f3, 1625,
        0x8865, 1327,
        0x8868, 1395,
        0x89c4, 1335,
        0x8ba1, 1403,
        0x8bc4, 1334,
        0x8d22, 1372,
        0x8d44, 1435,
        0x8d85, 1432,
        0x9002, 1401,
        0x90e8, 1441,
        0x91d1, 1445,
        0x9879, 1402,
        0x9884, 1418,
        0x9ad8, 1313,
        0xff05, 1692,
        0xff08, 1682,
        0xff09, 1686,
        0xff0a, 1676,
        0xff0b, 1670,
        0xff0d, 1631,
        0xff1c, 1745,
        0xff1d, 1742,
        0xff1e, 1745,
        0xff5e, 1639,
      );
      if (lookahead == '\t' ||
          lookahead == ' ') SKIP(771);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1450);
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(775);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          (lookahead < ';' || '>' < lookahead)) ADVANCE(1454);
      END_STATE();
    case 772:
      if (eof) ADVANCE(773);
      ADVANCE_MAP(
        '"', 1455,
        '#', 774,
        '%', 1689,
        ')', 1683,
        '*', 1673,
        '+', 1667,
        '-', 1628,
        '=', 1658,
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
        '{', 1490,
        '}', 1491,
        '~', 1636,
        0xd7, 1671,
        0xf7, 1677,
        0x2013, 1634,
        0x2014, 1632,
        0x4e07, 624,
        0x4e0a, 720,
        0x4e8b, 611,
        0x4ebf, 625,
        0x4f9d, 672,
        0x504f, 648,
        0x5143, 1479,
        0x5168, 649,
        0x5176, 615,
        0x5206, 621,
        0x5230, 1626,
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
        0x81f3, 1624,
        0x8ba1, 716,
        0x8d22, 679,
        0x9002, 712,
        0x90e8, 754,
        0x9879, 713,
        0x9884, 731,
        0xff05, 1691,
        0xff09, 1685,
        0xff0a, 1675,
        0xff0b, 1669,
        0xff0d, 1630,
        0xff1d, 1659,
        0xff5e, 1638,
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
        '%', 1690,
        '(', 1680,
        ')', 1684,
        '*', 1674,
        '+', 1668,
        '-', 1629,
        '<', 1743,
        '=', 1743,
        '>', 1743,
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
        '~', 1637,
        0xd7, 1672,
        0xf7, 1678,
        0x2013, 1635,
        0x2014, 1633,
        0x3000, 775,
        0x4e07, 1324,
        0x4e0a, 1348,
        0x4e0d, 1320,
        0x4e8b, 1312,
        0x4ebf, 1325,
        0x4f4e, 1313,
        0x4f9d, 1366,
        0x504f, 1347,
        0x5141, 1421,
        0x5143, 1480,
        0x5168, 1349,
        0x5176, 1315,
        0x5206, 1321,
        0x5230, 1627,
        0x5305, 1344,
        0x5343, 1326,
        0x5355, 1316,
        0x53c2, 1408,
        0x53ef, 1409,
        0x5408, 1417,
        0x57fa, 1388,
        0x5927, 1314,
        0x5b8c, 1359,
        0x5b9e, 1442,
        0x5ba1, 1396,
        0x5c0f, 1314,
        0x5df2, 1346,
        0x5e74, 1336,
        0x5f53, 1350,
        0x5f97, 1333,
        0x622a, 1410,
        0x6267, 1412,
        0x6307, 1391,
        0x63cf, 1433,
        0x6587, 1397,
        0x672c, 1407,
        0x6838, 1353,
        0x6a21, 1390,
        0x7248, 1389,
        0x72b6, 1354,
        0x7533, 1422,
        0x76d1, 1368,
        0x76ee, 1392,
        0x786e, 1420,
        0x7b49, 1313,
        0x7c7b, 1337,
        0x7ea0, 1323,
        0x7ea6, 1664,
        0x7ecf, 1411,
        0x7f16, 1338,
        0x81ea, 1386,
        0x81f3, 1625,
        0x8865, 1327,
        0x8868, 1395,
        0x89c4, 1335,
        0x8ba1, 1403,
        0x8bc4, 1334,
        0x8d22, 1372,
        0x8d44, 1435,
        0x8d85, 1432,
        0x9002, 1401,
        0x90e8, 1441,
        0x91d1, 1445,
        0x9879, 1402,
        0x9884, 1418,
        0x9ad8, 1313,
        0xff05, 1692,
        0xff08, 1682,
        0xff09, 1686,
        0xff0a, 1676,
        0xff0b, 1670,
        0xff0d, 1631,
        0xff1c, 1745,
        0xff1d, 1742,
        0xff1e, 1745,
        0xff5e, 1639,
        'X', 1450,
        'x', 1450,
        0x0b, 1454,
        '\f', 1454,
      );
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1463);
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
          lookahead != '~') ADVANCE(1454);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '<', 1743,
        '=', 1743,
        '>', 1743,
        'a', 861,
        'b', 839,
        'd', 961,
        'm', 931,
        'n', 808,
        'w', 965,
        0xd7, 1309,
        0x3000, 776,
        0x4e0d, 1320,
        0x4f4e, 1313,
        0x4f9d, 1366,
        0x5206, 1321,
        0x5927, 1314,
        0x5c0f, 1314,
        0x6307, 1394,
        0x63cf, 1433,
        0x786e, 1420,
        0x7b49, 1313,
        0x8ba1, 1434,
        0x8d85, 1432,
        0x9ad8, 1313,
        0xff1c, 1745,
        0xff1e, 1745,
        '*', 1449,
        0xff0a, 1449,
        'X', 1450,
        'x', 1450,
        0x0b, 1454,
        '\f', 1454,
      );
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1467);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        '<', 1743,
        '=', 1743,
        '>', 1743,
        0xd7, 1309,
        0x3000, 777,
        0x4e0d, 1320,
        0x4f4e, 1313,
        0x5927, 1314,
        0x5c0f, 1314,
        0x7b49, 1313,
        0x8d85, 1432,
        0x9ad8, 1313,
        0xff1c, 1745,
        0xff1e, 1745,
        '*', 1449,
        0xff0a, 1449,
        'X', 1450,
        'x', 1450,
        0x0b, 1454,
        '\f', 1454,
      );
      if ((0x2264 <= lookahead && lookahead <= 0x2267) ||
          lookahead == 0x2a7d ||
          lookahead == 0x2a7e ||
          lookahead == 0xff1d) ADVANCE(1742);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1467);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1079);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(852);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1308);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(853);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(987);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1123);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(850);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(988);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(905);
      if (lookahead == 'e') ADVANCE(901);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1215);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1278);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1145);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(814);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1247);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1248);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(938);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(984);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(851);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1025);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1198);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1033);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1279);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(906);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(1046);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(855);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '_') ADVANCE(992);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1216);
      if (lookahead == 'u') ADVANCE(1217);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1176);
      if (lookahead == 'o') ADVANCE(1164);
      if (lookahead == 'u') ADVANCE(1179);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1166);
      if (lookahead == 'e') ADVANCE(812);
      if (lookahead == 'o') ADVANCE(1089);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1242);
      if (lookahead == 'o') ADVANCE(1288);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1242);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1844);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1081);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1088);
      if (lookahead == 'u') ADVANCE(1053);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1225);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1055);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1154);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
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
        0x4f9d, 1366,
        0x53c2, 1408,
        0x6307, 1394,
        0x63cf, 1433,
        0x6838, 1353,
        0x7c7b, 1337,
        0x8ba1, 1403,
        0x9002, 1401,
        0x0b, 1454,
        '\f', 1454,
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1101);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1075);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(778);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1167);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1056);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
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
        0x4f9d, 1366,
        0x5206, 1321,
        0x6307, 1394,
        0x63cf, 1433,
        0x6a21, 1390,
        0x786e, 1420,
        0x8ba1, 1434,
        0x0b, 1454,
        '\f', 1454,
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'a', 861,
        'g', 1122,
        'u', 1097,
        0x3000, 822,
        0x5355, 1316,
        0x76ee, 1392,
        0x786e, 1420,
        0x0b, 1454,
        '\f', 1454,
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1178);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1057);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'a', 875,
        'd', 969,
        's', 886,
        'w', 965,
        0x3000, 825,
        0x504f, 1347,
        0x5206, 1321,
        0x5b9e, 1442,
        0x5f97, 1333,
        0x0b, 1454,
        '\f', 1454,
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1058);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1074);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1174);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1059);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1060);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1201);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1241);
      if (lookahead == 'o') ADVANCE(1190);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1244);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1067);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1257);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1221);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1251);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1072);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1222);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1223);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1252);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1253);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1193);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1254);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1262);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1265);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1266);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'a') ADVANCE(1267);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1697);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1305);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1306);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1284);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(945);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1196);
      if (lookahead == 'k') ADVANCE(946);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'b') ADVANCE(1285);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1005);
      if (lookahead == 'l') ADVANCE(1061);
      if (lookahead == 'p') ADVANCE(1153);
      if (lookahead == 'r') ADVANCE(1177);
      if (lookahead == 's') ADVANCE(783);
      if (lookahead == 'u') ADVANCE(993);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1717);
      if (lookahead == 'p') ADVANCE(823);
      if (lookahead == 's') ADVANCE(868);
      if (lookahead == 'v') ADVANCE(1021);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 858:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1125);
      if (lookahead == 'e') ADVANCE(1054);
      if (lookahead == 't') ADVANCE(833);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 859:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1230);
      if (lookahead == 't') ADVANCE(1006);
      if (lookahead == 'w') ADVANCE(1098);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 860:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1274);
      if (lookahead == 'n') ADVANCE(915);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 861:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1052);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 862:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1065);
      if (lookahead == 'd') ADVANCE(1036);
      if (lookahead == 'i') ADVANCE(1245);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 863:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1270);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 864:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(787);
      if (lookahead == 's') ADVANCE(1729);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 865:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(836);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 866:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(845);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 867:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1233);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 868:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1183);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 869:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1286);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 870:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1144);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 871:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(980);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 872:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(922);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 873:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(817);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 874:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1282);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 875:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1229);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 876:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(826);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 877:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'c', 1151,
        'd', 968,
        'f', 1152,
        'l', 1017,
        0x3000, 877,
        0x504f, 1347,
        0x53ef, 1409,
        0x5b8c, 1361,
        0x7ea0, 1323,
        0x9884, 1418,
        0x0b, 1454,
        '\f', 1454,
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 878:
      ACCEPT_TOKEN(sym__word);
      ADVANCE_MAP(
        'c', 1151,
        'd', 969,
        'e', 1300,
        'f', 1148,
        0x3000, 878,
        0x504f, 1347,
        0x5168, 1351,
        0x6267, 1415,
        0x7ea0, 1323,
        0x9884, 1419,
        0x0b, 1454,
        '\f', 1454,
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 879:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(829);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 880:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(830);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 881:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1078);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 882:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(840);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 883:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1146);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 884:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1259);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 885:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1283);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 886:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'c') ADVANCE(1150);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 887:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1786);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 888:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1781);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 889:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1653);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 890:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1828);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 891:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1814);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 892:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1205);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 893:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(781);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 894:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(784);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 895:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1209);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 896:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(920);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 897:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(925);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 898:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(789);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 899:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(999);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 900:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(792);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 901:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(795);
      if (lookahead == 'r') ADVANCE(1645);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 902:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1000);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 903:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1001);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 904:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(1034);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 905:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(841);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 906:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'd') ADVANCE(844);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 907:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(857);
      if (lookahead == 'o') ADVANCE(860);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 908:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(849);
      if (lookahead == 'i') ADVANCE(1224);
      if (lookahead == 'o') ADVANCE(1165);
      if (lookahead == 'r') ADVANCE(810);
      if (lookahead == 'u') ADVANCE(1062);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 909:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(989);
      if (lookahead == 'u') ADVANCE(1066);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 910:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1080);
      if (lookahead == 'o') ADVANCE(1641);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 911:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1080);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 912:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1161);
      if (lookahead == 'o') ADVANCE(1049);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 913:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1852);
      if (lookahead == 'r') ADVANCE(937);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 914:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1852);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 915:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1820);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 916:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1307);
      if (lookahead == 'i') ADVANCE(1258);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 917:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1794);
      if (lookahead == 'i') ADVANCE(1102);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 918:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1794);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 919:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1733);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 920:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1485);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 921:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1721);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 922:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1848);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 923:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1527);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 924:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1649);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 925:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1531);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 926:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1551);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 927:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1606);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 928:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1657);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 929:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1610);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 930:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1810);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 931:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(812);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 932:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(863);
      if (lookahead == 't') ADVANCE(1180);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 933:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1291);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 934:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(898);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 935:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1298);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 936:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1002);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 937:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(884);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 938:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1294);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 939:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(887);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 940:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1295);
      if (lookahead == 's') ADVANCE(1022);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 941:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1206);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 942:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(819);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 943:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(867);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 944:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(893);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 945:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(991);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 946:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1069);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 947:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1220);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 948:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(888);
      if (lookahead == 'i') ADVANCE(1132);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 949:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(990);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 950:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1218);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 951:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(899);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 952:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1107);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 953:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(889);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 954:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1219);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 955:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1115);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 956:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1168);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 957:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(891);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 958:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1203);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 959:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1071);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 960:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1108);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 961:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1214);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 962:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1239);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 963:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1170);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 964:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1240);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 965:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1015);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 966:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(865);
      if (lookahead == 'm') ADVANCE(1543);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 967:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(865);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 968:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1289);
      if (lookahead == 'o') ADVANCE(1099);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 969:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1289);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 970:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(869);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 971:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1292);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 972:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(894);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 973:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1109);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 974:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(900);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 975:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1187);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 976:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1112);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 977:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(831);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 978:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1301);
      if (lookahead == 0x3000) ADVANCE(978);
      if (lookahead == 0x6267) ADVANCE(1414);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(1454);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 979:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(874);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 980:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(798);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 981:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(882);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 982:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(885);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 983:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(799);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 984:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'e') ADVANCE(1302);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 985:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1806);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 986:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(793);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 987:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1271);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 988:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1044);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 989:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(975);
      if (lookahead == 'q') ADVANCE(1273);
      if (lookahead == 'v') ADVANCE(1012);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 990:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(975);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 991:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1147);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 992:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'f') ADVANCE(1047);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 993:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1709);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 994:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1547);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 995:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1802);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 996:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1567);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 997:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1007);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 998:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(944);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 999:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(923);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1000:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(962);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1001:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(964);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1002:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1133);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1003:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1149);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1004:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'g') ADVANCE(1009);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1005:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(1024);
      if (lookahead == 'k') ADVANCE(1100);
      if (lookahead == 't') ADVANCE(1280);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1006:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(956);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1007:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(1232);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1008:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(1128);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1009:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'h') ADVANCE(958);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1010:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(854);
      if (lookahead == 'o') ADVANCE(873);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1011:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(864);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1012:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(940);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1013:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1004);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1014:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1162);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1015:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(997);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1016:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1008);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1017:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1051);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1018:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1231);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1019:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(871);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1020:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1126);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1021:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(835);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1022:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1129);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1023:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1111);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1024:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(933);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1025:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1104);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1026:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(950);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1027:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(934);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1028:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1103);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1029:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1249);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1030:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1237);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1031:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1204);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1032:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1238);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1033:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1105);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1034:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1106);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1035:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1130);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1036:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(866);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1037:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1132);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1038:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1136);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1039:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1138);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1040:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(834);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1041:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1139);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1042:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1141);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1043:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1142);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1044:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1226);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1045:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(846);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1046:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1118);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1047:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(1227);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1048:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'i') ADVANCE(848);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1049:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'j') ADVANCE(943);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1050:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'k') ADVANCE(1519);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1051:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'k') ADVANCE(946);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1052:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'k') ADVANCE(1100);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1053:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1707);
      if (lookahead == 'n') ADVANCE(1705);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1054:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(986);
      if (lookahead == 'p') ADVANCE(1711);
      if (lookahead == 'r') ADVANCE(1290);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1055:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1618);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1056:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1663);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1057:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1790);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1058:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1586);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1059:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1598);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1060:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1594);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1061:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1119);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1062:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1064);
      if (lookahead == 'n') ADVANCE(892);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1063:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1064);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1064:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(780);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1065:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1268);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1066:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(941);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1067:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(779);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1068:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(837);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1069:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1016);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1070:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(809);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1071:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1212);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1072:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1213);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1073:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(951);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1074:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1287);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1075:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(785);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1076:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1026);
      if (lookahead == 'r') ADVANCE(1120);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1077:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1026);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1078:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(1275);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1079:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'l') ADVANCE(971);
      if (lookahead == 'u') ADVANCE(1114);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1080:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(1155);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1081:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(935);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1082:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(1277);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1083:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(927);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1084:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(929);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1085:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(973);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1086:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'm') ADVANCE(976);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1087:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(862);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1088:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1695);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1089:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(916);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1090:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1539);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1091:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1798);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1092:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1832);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1093:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1725);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1094:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1590);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1095:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1757);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1096:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1765);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1097:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1018);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1098:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(782);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1099:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(915);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1100:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1124);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1101:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(998);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1102:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(994);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1103:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(995);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1104:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(881);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1105:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(870);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1106:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(996);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1107:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1246);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1108:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(904);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1109:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1234);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1110:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(797);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1111:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(954);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1112:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1236);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1113:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(895);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1114:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1029);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1115:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(872);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1116:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1030);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1117:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(1032);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1118:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'n') ADVANCE(883);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1119:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1296);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1120:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1156);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1121:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1856);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1122:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(813);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1123:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(985);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1124:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1297);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1125:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1171);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1126:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1272);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1127:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(890);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1128:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1127);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1129:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1090);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1130:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1091);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1131:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(800);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1132:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1110);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1133:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1175);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1134:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1195);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1135:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1169);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1136:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1092);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1137:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1184);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1138:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1093);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1139:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1094);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1140:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1173);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1141:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1095);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1142:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1096);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1143:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1163);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1144:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1083);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1145:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1293);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1146:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1084);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1147:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1189);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1148:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1191);
      if (lookahead == 'u') ADVANCE(1063);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1149:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(838);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1150:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1192);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1151:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1197);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1152:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'o') ADVANCE(1199);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1153:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1076);
      if (lookahead == 'r') ADVANCE(1701);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1154:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1158);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1155:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1068);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1156:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1200);
      if (lookahead == 'x') ADVANCE(1666);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1157:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1077);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1158:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1185);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1159:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(960);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1160:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1157);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1161:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(843);
      if (lookahead == 'v') ADVANCE(1020);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1162:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1264);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1163:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'p') ADVANCE(1202);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1164:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(913);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1165:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(966);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1166:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1699);
      if (lookahead == 'y') ADVANCE(1703);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1167:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1495);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1168:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1614);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1169:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1050);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1170:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1769);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1171:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(917);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1172:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(912);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1173:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1082);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1174:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1303);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1175:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1304);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1176:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1194);
      if (lookahead == 't') ADVANCE(936);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1177:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(816);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1178:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1263);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1179:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1182);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1180:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(818);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1181:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(937);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1182:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(952);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1183:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1014);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1184:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1210);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1185:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1186:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(919);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1187:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(955);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1188:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(983);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1189:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(928);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1190:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(914);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1191:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(981);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1192:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(918);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1193:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(972);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1194:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1027);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1195:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1028);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1196:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(828);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1197:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1181);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1198:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(842);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1199:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(967);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1200:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1045);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1201:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(802);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1202:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(1048);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1203:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'r') ADVANCE(803);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1204:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1729);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1205:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1761);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1206:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1523);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1207:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1511);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1208:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1535);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1209:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1602);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1210:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1578);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1211:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1555);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1212:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1559);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1213:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1563);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1214:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(868);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1215:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1159);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1216:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1011);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1217:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1023);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1218:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(791);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1219:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1228);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1220:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1250);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1221:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1235);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1222:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1031);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1223:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1256);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1224:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(876);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1225:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(1281);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1226:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(879);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1227:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(880);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1228:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 's') ADVANCE(801);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1229:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1280);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1230:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1713);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1231:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1582);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1232:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1741);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1233:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1573);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1234:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1489);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1235:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1824);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1236:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1499);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1237:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1515);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1238:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1737);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1239:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1773);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1240:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1777);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1241:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(936);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1242:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1276);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1243:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(948);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1244:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1269);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1245:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1040);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1246:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(790);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1247:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1121);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1248:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1131);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1249:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1211);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1250:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(953);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1251:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(921);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1252:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(924);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1253:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(926);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1254:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(930);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1255:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(957);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1256:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(794);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1257:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1035);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1258:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1134);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1259:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1038);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1260:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(974);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1261:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1037);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1262:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1137);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1263:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1086);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1264:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1039);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1265:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1041);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1266:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1042);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1267:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 't') ADVANCE(1043);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1268:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(896);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1269:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1207);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1270:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1243);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1271:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1113);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1272:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1208);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1273:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(947);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1274:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1085);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1275:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(897);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1276:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1186);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1277:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1070);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1278:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1116);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1279:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1117);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1280:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(824);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1281:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1188);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1282:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1260);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1283:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1255);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1284:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(902);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1285:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(903);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1286:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(1261);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1287:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'u') ADVANCE(847);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1288:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(1715);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1289:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(1021);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1290:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(1019);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1291:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(939);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1292:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(959);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1293:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(963);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1294:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'v') ADVANCE(827);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1295:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(786);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1296:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(796);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1297:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(1073);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1298:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'w') ADVANCE(1135);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1299:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(932);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1300:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(979);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1301:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(970);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1302:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'x') ADVANCE(982);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1303:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1836);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1304:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1840);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1305:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1503);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1306:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(1507);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1307:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(788);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1308:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'y') ADVANCE(977);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1309:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0xd7) ADVANCE(1746);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1310:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x3000) ADVANCE(1310);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(1454);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1311:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x3000) ADVANCE(1311);
      if (lookahead == 0x0b ||
          lookahead == '\f') ADVANCE(1454);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1464);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1312:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4e1a) ADVANCE(1370);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1313:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4e8e) ADVANCE(1742);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1314:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4e8e) ADVANCE(1744);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1315:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4ed6) ADVANCE(1427);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1316:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1580);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1317:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1553);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1318:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1735);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1319:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4d) ADVANCE(1513);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1320:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x4f4e) ADVANCE(1313);
      if (lookahead == 0x591a) ADVANCE(1313);
      if (lookahead == 0x5927) ADVANCE(1313);
      if (lookahead == 0x5c0f) ADVANCE(1313);
      if (lookahead == 0x5c11) ADVANCE(1313);
      if (lookahead == 0x8d85) ADVANCE(1432);
      if (lookahead == 0x9ad8) ADVANCE(1313);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1321:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x503c) ADVANCE(1739);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1322:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x503c) ADVANCE(1846);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1323:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x504f) ADVANCE(1830);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1324:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5143) ADVANCE(1474);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1325:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5143) ADVANCE(1476);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1326:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5143) ADVANCE(1478);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1327:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5145) ADVANCE(1341);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1328:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5165) ADVANCE(1604);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1329:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5165) ADVANCE(1608);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1330:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x516c) ADVANCE(1352);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1331:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x51b5) ADVANCE(1784);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1332:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x51fa) ADVANCE(1565);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1333:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5206) ADVANCE(1792);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1334:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5206) ADVANCE(1545);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1335:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5219) ADVANCE(1521);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1336:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x521d) ADVANCE(1444);
      if (lookahead == 0x5ea6) ADVANCE(1493);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1337:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x522b) ADVANCE(1838);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1338:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5236) ADVANCE(1501);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1339:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x524d) ADVANCE(1752);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1340:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5305) ADVANCE(1345);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1341:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5355) ADVANCE(1317);
      if (lookahead == 0x5b9a) ADVANCE(1357);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1342:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5355) ADVANCE(1318);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1343:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5355) ADVANCE(1319);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1344:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x542b) ADVANCE(1483);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1345:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x542b) ADVANCE(1529);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1346:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5b89) ADVANCE(1367);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1347:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5dee) ADVANCE(1796);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1348:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1533);
      if (lookahead == 0x7ea7) ADVANCE(1423);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1349:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1362);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1350:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1424);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1351:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5e74) ADVANCE(1443);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1352:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5f0f) ADVANCE(1842);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1353:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x5fc3) ADVANCE(1850);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1354:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6001) ADVANCE(1509);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1355:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1826);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1356:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1426);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1357:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1557);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1358:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6027) ADVANCE(1371);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1359:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6210) ADVANCE(1816);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1360:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6210) ADVANCE(1747);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1361:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6210) ADVANCE(1818);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1362:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6267) ADVANCE(1413);
      if (lookahead == 0x9884) ADVANCE(1404);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1363:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6267) ADVANCE(1416);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1364:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x62e8) ADVANCE(1398);
      if (lookahead == 0x8d44) ADVANCE(1438);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1365:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x62e8) ADVANCE(1399);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1366:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x636e) ADVANCE(1727);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1367:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6392) ADVANCE(1655);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1368:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x63a7) ADVANCE(1800);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1369:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x652f) ADVANCE(1332);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1370:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6536) ADVANCE(1328);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1371:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6536) ADVANCE(1329);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1372:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1364);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1373:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1365);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1374:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1429);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1375:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x653f) ADVANCE(1430);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1376:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1808);
      if (lookahead == 0x7387) ADVANCE(1549);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1377:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1808);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1378:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1779);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1379:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1775);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1380:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1771);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1381:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6570) ADVANCE(1812);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1382:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1619);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(688);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1383);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1383:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1619);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1384:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1446);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1385);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1385:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6708) ADVANCE(1446);
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
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1386:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6709) ADVANCE(1428);
      if (lookahead == 0x8bc4) ADVANCE(1755);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1387:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x671f) ADVANCE(1647);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1388:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x672c) ADVANCE(1369);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1389:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x672c) ADVANCE(1537);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1390:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x677f) ADVANCE(1719);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1391:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1575);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1392:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1616);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1393:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1561);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1394:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6807) ADVANCE(1356);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1395:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6837) ADVANCE(1541);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1396:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6838) ADVANCE(1505);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1397:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6863) ADVANCE(1487);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1398:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6b3e) ADVANCE(1588);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1399:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x6b3e) ADVANCE(1763);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1400:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7387) ADVANCE(1549);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1401:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7528) ADVANCE(1854);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1402:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x76ee) ADVANCE(1571);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1403:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7b97) ADVANCE(1330);
      if (lookahead == 0x91cf) ADVANCE(1342);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1404:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7b97) ADVANCE(1379);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1405:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7b97) ADVANCE(1380);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1406:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7cfb) ADVANCE(1517);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1407:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x7ea7) ADVANCE(1425);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1408:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8003) ADVANCE(1322);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1409:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x80fd) ADVANCE(1355);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1410:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x81f3) ADVANCE(1804);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1411:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8425) ADVANCE(1358);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1412:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1376);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1413:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1378);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1414:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1400);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1415:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1377);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1416:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x884c) ADVANCE(1381);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1417:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba1) ADVANCE(1661);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1418:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba1) ADVANCE(1822);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1419:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba1) ADVANCE(1363);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1420:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ba4) ADVANCE(1525);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1421:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8bb8) ADVANCE(1340);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1422:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8bf7) ADVANCE(1651);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1423:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d22) ADVANCE(1374);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1424:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d22) ADVANCE(1373);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1425:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d22) ADVANCE(1375);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1426:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d28) ADVANCE(1731);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1427:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1436);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1428:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1437);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1429:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1439);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1430:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8d44) ADVANCE(1440);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1431:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8f6c) ADVANCE(1767);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1432:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8fc7) ADVANCE(1742);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1433:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x8ff0) ADVANCE(1723);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1434:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91cf) ADVANCE(1342);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1435:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1759);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1436:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1612);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1437:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1600);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1438:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1584);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1439:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1592);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1440:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x91d1) ADVANCE(1596);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1441:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x95e8) ADVANCE(1497);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1442:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x9645) ADVANCE(1788);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1443:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x9884) ADVANCE(1404);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1444:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x9884) ADVANCE(1405);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1445:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 0x989d) ADVANCE(1343);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1446:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(760);
      if (lookahead == 0x5e95 ||
          lookahead == 0x672b) ADVANCE(1748);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1447);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1447:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1748);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1448);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1448:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(761);
      if (lookahead == 0x53f7 ||
          lookahead == 0x65e5) ADVANCE(1748);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != ';' &&
          lookahead != '{' &&
          lookahead != '}') ADVANCE(1454);
      END_STATE();
    case 1449:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1746);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1450:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(1746);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1451:
      ACCEPT_TOKEN(sym__word);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == '"' ||
          lookahead == '#' ||
          lookahead == ';' ||
          lookahead == '{' ||
          lookahead == '}' ||
          lookahead == 0x3000) ADVANCE(1459);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r') ADVANCE(1460);
      END_STATE();
    case 1452:
      ACCEPT_TOKEN(sym__word);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1471);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1453:
      ACCEPT_TOKEN(sym__word);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1472);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1454:
      ACCEPT_TOKEN(sym__word);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1455:
      ACCEPT_TOKEN(anon_sym_DQUOTE);
      END_STATE();
    case 1456:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead == '#') ADVANCE(1457);
      if (lookahead == '\t' ||
          lookahead == ' ' ||
          lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1456);
      if (lookahead != 0 &&
          lookahead != '\t' &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '#' &&
          lookahead != '\\') ADVANCE(1457);
      END_STATE();
    case 1457:
      ACCEPT_TOKEN(aux_sym_string_token1);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != '\r' &&
          lookahead != '"' &&
          lookahead != '\\') ADVANCE(1457);
      END_STATE();
    case 1458:
      ACCEPT_TOKEN(anon_sym_DQUOTE2);
      END_STATE();
    case 1459:
      ACCEPT_TOKEN(sym_escape_sequence);
      END_STATE();
    case 1460:
      ACCEPT_TOKEN(sym_escape_sequence);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1461:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1452);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1620);
      END_STATE();
    case 1462:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1452);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1461);
      END_STATE();
    case 1463:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1452);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1462);
      END_STATE();
    case 1464:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1452);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1464);
      END_STATE();
    case 1465:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1453);
      if (lookahead == 0x5e74) ADVANCE(1749);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(654);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1469);
      END_STATE();
    case 1466:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1453);
      if (lookahead == 0x6708) ADVANCE(1446);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1468);
      END_STATE();
    case 1467:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1453);
      if (lookahead == 0x6708) ADVANCE(1446);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(691);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1466);
      END_STATE();
    case 1468:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1453);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1465);
      END_STATE();
    case 1469:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(1453);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1469);
      END_STATE();
    case 1470:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(768);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1470);
      END_STATE();
    case 1471:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1471);
      END_STATE();
    case 1472:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1472);
      END_STATE();
    case 1473:
      ACCEPT_TOKEN(anon_sym_u4e07u5143);
      END_STATE();
    case 1474:
      ACCEPT_TOKEN(anon_sym_u4e07u5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1475:
      ACCEPT_TOKEN(anon_sym_u4ebfu5143);
      END_STATE();
    case 1476:
      ACCEPT_TOKEN(anon_sym_u4ebfu5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1477:
      ACCEPT_TOKEN(anon_sym_u5343u5143);
      END_STATE();
    case 1478:
      ACCEPT_TOKEN(anon_sym_u5343u5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1479:
      ACCEPT_TOKEN(anon_sym_u5143);
      END_STATE();
    case 1480:
      ACCEPT_TOKEN(anon_sym_u5143);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1481:
      ACCEPT_TOKEN(sym_percent);
      END_STATE();
    case 1482:
      ACCEPT_TOKEN(anon_sym_u5305u542b);
      END_STATE();
    case 1483:
      ACCEPT_TOKEN(anon_sym_u5305u542b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1484:
      ACCEPT_TOKEN(anon_sym_include);
      END_STATE();
    case 1485:
      ACCEPT_TOKEN(anon_sym_include);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1486:
      ACCEPT_TOKEN(anon_sym_u6587u6863);
      END_STATE();
    case 1487:
      ACCEPT_TOKEN(anon_sym_u6587u6863);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1488:
      ACCEPT_TOKEN(anon_sym_document);
      END_STATE();
    case 1489:
      ACCEPT_TOKEN(anon_sym_document);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1490:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 1491:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 1492:
      ACCEPT_TOKEN(anon_sym_u5e74u5ea6);
      END_STATE();
    case 1493:
      ACCEPT_TOKEN(anon_sym_u5e74u5ea6);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1494:
      ACCEPT_TOKEN(anon_sym_year);
      END_STATE();
    case 1495:
      ACCEPT_TOKEN(anon_sym_year);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1496:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8);
      END_STATE();
    case 1497:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8);
      if (lookahead == 0x76ee) ADVANCE(1393);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1498:
      ACCEPT_TOKEN(anon_sym_department);
      END_STATE();
    case 1499:
      ACCEPT_TOKEN(anon_sym_department);
      if (lookahead == '_') ADVANCE(1003);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1500:
      ACCEPT_TOKEN(anon_sym_u7f16u5236);
      END_STATE();
    case 1501:
      ACCEPT_TOKEN(anon_sym_u7f16u5236);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1502:
      ACCEPT_TOKEN(anon_sym_prepared_by);
      END_STATE();
    case 1503:
      ACCEPT_TOKEN(anon_sym_prepared_by);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1504:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838);
      END_STATE();
    case 1505:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838);
      if (lookahead == 0x4eba) ADVANCE(1643);
      if (lookahead == 0x65e5) ADVANCE(1387);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1506:
      ACCEPT_TOKEN(anon_sym_reviewed_by);
      END_STATE();
    case 1507:
      ACCEPT_TOKEN(anon_sym_reviewed_by);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1508:
      ACCEPT_TOKEN(anon_sym_u72b6u6001);
      END_STATE();
    case 1509:
      ACCEPT_TOKEN(anon_sym_u72b6u6001);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1510:
      ACCEPT_TOKEN(anon_sym_status);
      END_STATE();
    case 1511:
      ACCEPT_TOKEN(anon_sym_status);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1512:
      ACCEPT_TOKEN(anon_sym_u91d1u989du5355u4f4d);
      END_STATE();
    case 1513:
      ACCEPT_TOKEN(anon_sym_u91d1u989du5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1514:
      ACCEPT_TOKEN(anon_sym_money_unit);
      END_STATE();
    case 1515:
      ACCEPT_TOKEN(anon_sym_money_unit);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1516:
      ACCEPT_TOKEN(anon_sym_u6307u6807u4f53u7cfb);
      END_STATE();
    case 1517:
      ACCEPT_TOKEN(anon_sym_u6307u6807u4f53u7cfb);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1518:
      ACCEPT_TOKEN(anon_sym_framework);
      END_STATE();
    case 1519:
      ACCEPT_TOKEN(anon_sym_framework);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1520:
      ACCEPT_TOKEN(anon_sym_u89c4u5219);
      END_STATE();
    case 1521:
      ACCEPT_TOKEN(anon_sym_u89c4u5219);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1522:
      ACCEPT_TOKEN(anon_sym_rules);
      END_STATE();
    case 1523:
      ACCEPT_TOKEN(anon_sym_rules);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1524:
      ACCEPT_TOKEN(anon_sym_u786eu8ba4);
      END_STATE();
    case 1525:
      ACCEPT_TOKEN(anon_sym_u786eu8ba4);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1526:
      ACCEPT_TOKEN(anon_sym_acknowledge);
      END_STATE();
    case 1527:
      ACCEPT_TOKEN(anon_sym_acknowledge);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1528:
      ACCEPT_TOKEN(anon_sym_u5141u8bb8u5305u542b);
      END_STATE();
    case 1529:
      ACCEPT_TOKEN(anon_sym_u5141u8bb8u5305u542b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1530:
      ACCEPT_TOKEN(anon_sym_allow_include);
      END_STATE();
    case 1531:
      ACCEPT_TOKEN(anon_sym_allow_include);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1532:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74);
      END_STATE();
    case 1533:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74);
      if (lookahead == 0x7ed3) ADVANCE(1431);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1534:
      ACCEPT_TOKEN(anon_sym_previous);
      END_STATE();
    case 1535:
      ACCEPT_TOKEN(anon_sym_previous);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1536:
      ACCEPT_TOKEN(anon_sym_u7248u672c);
      END_STATE();
    case 1537:
      ACCEPT_TOKEN(anon_sym_u7248u672c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1538:
      ACCEPT_TOKEN(anon_sym_revision);
      END_STATE();
    case 1539:
      ACCEPT_TOKEN(anon_sym_revision);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1540:
      ACCEPT_TOKEN(anon_sym_u8868u6837);
      END_STATE();
    case 1541:
      ACCEPT_TOKEN(anon_sym_u8868u6837);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1542:
      ACCEPT_TOKEN(anon_sym_form);
      END_STATE();
    case 1543:
      ACCEPT_TOKEN(anon_sym_form);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1544:
      ACCEPT_TOKEN(anon_sym_u8bc4u5206);
      END_STATE();
    case 1545:
      ACCEPT_TOKEN(anon_sym_u8bc4u5206);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1546:
      ACCEPT_TOKEN(anon_sym_scoring);
      END_STATE();
    case 1547:
      ACCEPT_TOKEN(anon_sym_scoring);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1548:
      ACCEPT_TOKEN(anon_sym_u6267u884cu7387);
      END_STATE();
    case 1549:
      ACCEPT_TOKEN(anon_sym_u6267u884cu7387);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1550:
      ACCEPT_TOKEN(anon_sym_execution_rate);
      END_STATE();
    case 1551:
      ACCEPT_TOKEN(anon_sym_execution_rate);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1552:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5355u4f4d);
      END_STATE();
    case 1553:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1554:
      ACCEPT_TOKEN(anon_sym_extra_units);
      END_STATE();
    case 1555:
      ACCEPT_TOKEN(anon_sym_extra_units);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1556:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5b9au6027);
      END_STATE();
    case 1557:
      ACCEPT_TOKEN(anon_sym_u8865u5145u5b9au6027);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1558:
      ACCEPT_TOKEN(anon_sym_extra_levels);
      END_STATE();
    case 1559:
      ACCEPT_TOKEN(anon_sym_extra_levels);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1560:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8u76eeu6807);
      END_STATE();
    case 1561:
      ACCEPT_TOKEN(anon_sym_u90e8u95e8u76eeu6807);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1562:
      ACCEPT_TOKEN(anon_sym_department_goals);
      END_STATE();
    case 1563:
      ACCEPT_TOKEN(anon_sym_department_goals);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1564:
      ACCEPT_TOKEN(anon_sym_u57fau672cu652fu51fa);
      END_STATE();
    case 1565:
      ACCEPT_TOKEN(anon_sym_u57fau672cu652fu51fa);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1566:
      ACCEPT_TOKEN(anon_sym_basic_spending);
      END_STATE();
    case 1567:
      ACCEPT_TOKEN(anon_sym_basic_spending);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1568:
      ACCEPT_TOKEN(anon_sym_u9879u76eeu652fu51fa);
      END_STATE();
    case 1569:
      ACCEPT_TOKEN(anon_sym_project_spending);
      END_STATE();
    case 1570:
      ACCEPT_TOKEN(anon_sym_u9879u76ee);
      END_STATE();
    case 1571:
      ACCEPT_TOKEN(anon_sym_u9879u76ee);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1572:
      ACCEPT_TOKEN(anon_sym_project);
      END_STATE();
    case 1573:
      ACCEPT_TOKEN(anon_sym_project);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1574:
      ACCEPT_TOKEN(anon_sym_u6307u6807);
      END_STATE();
    case 1575:
      ACCEPT_TOKEN(anon_sym_u6307u6807);
      if (lookahead == 0x4f53) ADVANCE(1406);
      if (lookahead == 0x5e93) ADVANCE(1834);
      if (lookahead == 0x6027) ADVANCE(1426);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1576:
      ACCEPT_TOKEN(anon_sym_u6307u6807);
      if (lookahead == 0x4f53) ADVANCE(719);
      END_STATE();
    case 1577:
      ACCEPT_TOKEN(anon_sym_indicators);
      END_STATE();
    case 1578:
      ACCEPT_TOKEN(anon_sym_indicators);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1579:
      ACCEPT_TOKEN(anon_sym_u5355u4f4d);
      END_STATE();
    case 1580:
      ACCEPT_TOKEN(anon_sym_u5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1581:
      ACCEPT_TOKEN(anon_sym_unit);
      END_STATE();
    case 1582:
      ACCEPT_TOKEN(anon_sym_unit);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1583:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu8d44u91d1);
      END_STATE();
    case 1584:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1585:
      ACCEPT_TOKEN(anon_sym_fiscal);
      END_STATE();
    case 1586:
      ACCEPT_TOKEN(anon_sym_fiscal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1587:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu62e8u6b3e);
      END_STATE();
    case 1588:
      ACCEPT_TOKEN(anon_sym_u8d22u653fu62e8u6b3e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1589:
      ACCEPT_TOKEN(anon_sym_appropriation);
      END_STATE();
    case 1590:
      ACCEPT_TOKEN(anon_sym_appropriation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1591:
      ACCEPT_TOKEN(anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1);
      END_STATE();
    case 1592:
      ACCEPT_TOKEN(anon_sym_u4e0au7ea7u8d22u653fu8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1593:
      ACCEPT_TOKEN(anon_sym_higher_fiscal);
      END_STATE();
    case 1594:
      ACCEPT_TOKEN(anon_sym_higher_fiscal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1595:
      ACCEPT_TOKEN(anon_sym_u672cu7ea7u8d22u653fu8d44u91d1);
      END_STATE();
    case 1596:
      ACCEPT_TOKEN(anon_sym_u672cu7ea7u8d22u653fu8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1597:
      ACCEPT_TOKEN(anon_sym_local_fiscal);
      END_STATE();
    case 1598:
      ACCEPT_TOKEN(anon_sym_local_fiscal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1599:
      ACCEPT_TOKEN(anon_sym_u81eau6709u8d44u91d1);
      END_STATE();
    case 1600:
      ACCEPT_TOKEN(anon_sym_u81eau6709u8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1601:
      ACCEPT_TOKEN(anon_sym_own_funds);
      END_STATE();
    case 1602:
      ACCEPT_TOKEN(anon_sym_own_funds);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1603:
      ACCEPT_TOKEN(anon_sym_u4e8bu4e1au6536u5165);
      END_STATE();
    case 1604:
      ACCEPT_TOKEN(anon_sym_u4e8bu4e1au6536u5165);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1605:
      ACCEPT_TOKEN(anon_sym_service_income);
      END_STATE();
    case 1606:
      ACCEPT_TOKEN(anon_sym_service_income);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1607:
      ACCEPT_TOKEN(anon_sym_u7ecfu8425u6027u6536u5165);
      END_STATE();
    case 1608:
      ACCEPT_TOKEN(anon_sym_u7ecfu8425u6027u6536u5165);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1609:
      ACCEPT_TOKEN(anon_sym_business_income);
      END_STATE();
    case 1610:
      ACCEPT_TOKEN(anon_sym_business_income);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1611:
      ACCEPT_TOKEN(anon_sym_u5176u4ed6u8d44u91d1);
      END_STATE();
    case 1612:
      ACCEPT_TOKEN(anon_sym_u5176u4ed6u8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1613:
      ACCEPT_TOKEN(anon_sym_other);
      END_STATE();
    case 1614:
      ACCEPT_TOKEN(anon_sym_other);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1615:
      ACCEPT_TOKEN(anon_sym_u76eeu6807);
      END_STATE();
    case 1616:
      ACCEPT_TOKEN(anon_sym_u76eeu6807);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1617:
      ACCEPT_TOKEN(anon_sym_goal);
      END_STATE();
    case 1618:
      ACCEPT_TOKEN(anon_sym_goal);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1619:
      ACCEPT_TOKEN(sym_period_bound);
      END_STATE();
    case 1620:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == '.') ADVANCE(1452);
      if (lookahead == 0x5e74) ADVANCE(1622);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(653);
      if (lookahead == '%' ||
          lookahead == 0xff05) ADVANCE(1481);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1464);
      END_STATE();
    case 1621:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == 0x5e74) ADVANCE(1623);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(653);
      END_STATE();
    case 1622:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(759);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1382);
      END_STATE();
    case 1623:
      ACCEPT_TOKEN(sym_period_bound);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(759);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(689);
      END_STATE();
    case 1624:
      ACCEPT_TOKEN(anon_sym_u81f3);
      END_STATE();
    case 1625:
      ACCEPT_TOKEN(anon_sym_u81f3);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1626:
      ACCEPT_TOKEN(anon_sym_u5230);
      END_STATE();
    case 1627:
      ACCEPT_TOKEN(anon_sym_u5230);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1628:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 1629:
      ACCEPT_TOKEN(anon_sym_DASH);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1630:
      ACCEPT_TOKEN(anon_sym_uff0d);
      END_STATE();
    case 1631:
      ACCEPT_TOKEN(anon_sym_uff0d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1632:
      ACCEPT_TOKEN(anon_sym_u2014);
      END_STATE();
    case 1633:
      ACCEPT_TOKEN(anon_sym_u2014);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1634:
      ACCEPT_TOKEN(anon_sym_u2013);
      END_STATE();
    case 1635:
      ACCEPT_TOKEN(anon_sym_u2013);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1636:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 1637:
      ACCEPT_TOKEN(anon_sym_TILDE);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1638:
      ACCEPT_TOKEN(anon_sym_uff5e);
      END_STATE();
    case 1639:
      ACCEPT_TOKEN(anon_sym_uff5e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1640:
      ACCEPT_TOKEN(anon_sym_to);
      END_STATE();
    case 1641:
      ACCEPT_TOKEN(anon_sym_to);
      if (lookahead == 't') ADVANCE(820);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1642:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u4eba);
      END_STATE();
    case 1643:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u4eba);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1644:
      ACCEPT_TOKEN(anon_sym_reviewer);
      END_STATE();
    case 1645:
      ACCEPT_TOKEN(anon_sym_reviewer);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1646:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u65e5u671f);
      END_STATE();
    case 1647:
      ACCEPT_TOKEN(anon_sym_u5ba1u6838u65e5u671f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1648:
      ACCEPT_TOKEN(anon_sym_review_date);
      END_STATE();
    case 1649:
      ACCEPT_TOKEN(anon_sym_review_date);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1650:
      ACCEPT_TOKEN(anon_sym_u7533u8bf7);
      END_STATE();
    case 1651:
      ACCEPT_TOKEN(anon_sym_u7533u8bf7);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1652:
      ACCEPT_TOKEN(anon_sym_requested);
      END_STATE();
    case 1653:
      ACCEPT_TOKEN(anon_sym_requested);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1654:
      ACCEPT_TOKEN(anon_sym_u5df2u5b89u6392);
      END_STATE();
    case 1655:
      ACCEPT_TOKEN(anon_sym_u5df2u5b89u6392);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1656:
      ACCEPT_TOKEN(anon_sym_arranged_before);
      END_STATE();
    case 1657:
      ACCEPT_TOKEN(anon_sym_arranged_before);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1658:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 1659:
      ACCEPT_TOKEN(anon_sym_uff1d);
      END_STATE();
    case 1660:
      ACCEPT_TOKEN(anon_sym_u5408u8ba1);
      END_STATE();
    case 1661:
      ACCEPT_TOKEN(anon_sym_u5408u8ba1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1662:
      ACCEPT_TOKEN(anon_sym_total);
      END_STATE();
    case 1663:
      ACCEPT_TOKEN(anon_sym_total);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1664:
      ACCEPT_TOKEN(anon_sym_u7ea6);
      END_STATE();
    case 1665:
      ACCEPT_TOKEN(anon_sym_approx);
      END_STATE();
    case 1666:
      ACCEPT_TOKEN(anon_sym_approx);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1667:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 1668:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1669:
      ACCEPT_TOKEN(anon_sym_uff0b);
      END_STATE();
    case 1670:
      ACCEPT_TOKEN(anon_sym_uff0b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1671:
      ACCEPT_TOKEN(anon_sym_u00d7);
      END_STATE();
    case 1672:
      ACCEPT_TOKEN(anon_sym_u00d7);
      if (lookahead == 0xd7) ADVANCE(1746);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1673:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 1674:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1746);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1675:
      ACCEPT_TOKEN(anon_sym_uff0a);
      END_STATE();
    case 1676:
      ACCEPT_TOKEN(anon_sym_uff0a);
      if (lookahead == '*' ||
          lookahead == 0xff0a) ADVANCE(1746);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1677:
      ACCEPT_TOKEN(anon_sym_u00f7);
      END_STATE();
    case 1678:
      ACCEPT_TOKEN(anon_sym_u00f7);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1679:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 1680:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1681:
      ACCEPT_TOKEN(anon_sym_uff08);
      END_STATE();
    case 1682:
      ACCEPT_TOKEN(anon_sym_uff08);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1683:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 1684:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1685:
      ACCEPT_TOKEN(anon_sym_uff09);
      END_STATE();
    case 1686:
      ACCEPT_TOKEN(anon_sym_uff09);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1687:
      ACCEPT_TOKEN(sym_unit);
      if (lookahead == 0xa0 ||
          lookahead == 0x1680 ||
          (0x2000 <= lookahead && lookahead <= 0x200a) ||
          lookahead == 0x202f ||
          lookahead == 0x205f ||
          lookahead == 0x3000) ADVANCE(1687);
      if ((!eof && set_contains(sym_unit_character_set_1, 16, lookahead))) ADVANCE(1688);
      END_STATE();
    case 1688:
      ACCEPT_TOKEN(sym_unit);
      if ((!eof && set_contains(sym_unit_character_set_1, 16, lookahead))) ADVANCE(1688);
      END_STATE();
    case 1689:
      ACCEPT_TOKEN(anon_sym_PERCENT);
      END_STATE();
    case 1690:
      ACCEPT_TOKEN(anon_sym_PERCENT);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1691:
      ACCEPT_TOKEN(anon_sym_uff05);
      END_STATE();
    case 1692:
      ACCEPT_TOKEN(anon_sym_uff05);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1693:
      ACCEPT_TOKEN(aux_sym_month_end_token1);
      END_STATE();
    case 1694:
      ACCEPT_TOKEN(anon_sym_jan);
      END_STATE();
    case 1695:
      ACCEPT_TOKEN(anon_sym_jan);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1696:
      ACCEPT_TOKEN(anon_sym_feb);
      END_STATE();
    case 1697:
      ACCEPT_TOKEN(anon_sym_feb);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1698:
      ACCEPT_TOKEN(anon_sym_mar);
      END_STATE();
    case 1699:
      ACCEPT_TOKEN(anon_sym_mar);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1700:
      ACCEPT_TOKEN(anon_sym_apr);
      END_STATE();
    case 1701:
      ACCEPT_TOKEN(anon_sym_apr);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1702:
      ACCEPT_TOKEN(anon_sym_may);
      END_STATE();
    case 1703:
      ACCEPT_TOKEN(anon_sym_may);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1704:
      ACCEPT_TOKEN(anon_sym_jun);
      END_STATE();
    case 1705:
      ACCEPT_TOKEN(anon_sym_jun);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1706:
      ACCEPT_TOKEN(anon_sym_jul);
      END_STATE();
    case 1707:
      ACCEPT_TOKEN(anon_sym_jul);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1708:
      ACCEPT_TOKEN(anon_sym_aug);
      END_STATE();
    case 1709:
      ACCEPT_TOKEN(anon_sym_aug);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1710:
      ACCEPT_TOKEN(anon_sym_sep);
      END_STATE();
    case 1711:
      ACCEPT_TOKEN(anon_sym_sep);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1712:
      ACCEPT_TOKEN(anon_sym_oct);
      END_STATE();
    case 1713:
      ACCEPT_TOKEN(anon_sym_oct);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1714:
      ACCEPT_TOKEN(anon_sym_nov);
      END_STATE();
    case 1715:
      ACCEPT_TOKEN(anon_sym_nov);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1716:
      ACCEPT_TOKEN(anon_sym_dec);
      END_STATE();
    case 1717:
      ACCEPT_TOKEN(anon_sym_dec);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1718:
      ACCEPT_TOKEN(anon_sym_u6a21u677f);
      END_STATE();
    case 1719:
      ACCEPT_TOKEN(anon_sym_u6a21u677f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1720:
      ACCEPT_TOKEN(anon_sym_template);
      END_STATE();
    case 1721:
      ACCEPT_TOKEN(anon_sym_template);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1722:
      ACCEPT_TOKEN(anon_sym_u63cfu8ff0);
      END_STATE();
    case 1723:
      ACCEPT_TOKEN(anon_sym_u63cfu8ff0);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1724:
      ACCEPT_TOKEN(anon_sym_description);
      END_STATE();
    case 1725:
      ACCEPT_TOKEN(anon_sym_description);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1726:
      ACCEPT_TOKEN(anon_sym_u4f9du636e);
      END_STATE();
    case 1727:
      ACCEPT_TOKEN(anon_sym_u4f9du636e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1728:
      ACCEPT_TOKEN(anon_sym_basis);
      END_STATE();
    case 1729:
      ACCEPT_TOKEN(anon_sym_basis);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1730:
      ACCEPT_TOKEN(anon_sym_u6307u6807u6027u8d28);
      END_STATE();
    case 1731:
      ACCEPT_TOKEN(anon_sym_u6307u6807u6027u8d28);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1732:
      ACCEPT_TOKEN(anon_sym_nature);
      END_STATE();
    case 1733:
      ACCEPT_TOKEN(anon_sym_nature);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1734:
      ACCEPT_TOKEN(anon_sym_u8ba1u91cfu5355u4f4d);
      END_STATE();
    case 1735:
      ACCEPT_TOKEN(anon_sym_u8ba1u91cfu5355u4f4d);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1736:
      ACCEPT_TOKEN(anon_sym_measure_unit);
      END_STATE();
    case 1737:
      ACCEPT_TOKEN(anon_sym_measure_unit);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1738:
      ACCEPT_TOKEN(anon_sym_u5206u503c);
      END_STATE();
    case 1739:
      ACCEPT_TOKEN(anon_sym_u5206u503c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1740:
      ACCEPT_TOKEN(anon_sym_weight);
      END_STATE();
    case 1741:
      ACCEPT_TOKEN(anon_sym_weight);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1742:
      ACCEPT_TOKEN(sym_comparator);
      END_STATE();
    case 1743:
      ACCEPT_TOKEN(sym_comparator);
      if (lookahead == '=') ADVANCE(1742);
      END_STATE();
    case 1744:
      ACCEPT_TOKEN(sym_comparator);
      if (lookahead == 0x7b49) ADVANCE(1313);
      END_STATE();
    case 1745:
      ACCEPT_TOKEN(sym_comparator);
      if (lookahead == 0xff1d) ADVANCE(1742);
      END_STATE();
    case 1746:
      ACCEPT_TOKEN(sym_placeholder);
      END_STATE();
    case 1747:
      ACCEPT_TOKEN(sym_deadline);
      END_STATE();
    case 1748:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x4e4b) ADVANCE(1339);
      if (lookahead == 0x4ee5) ADVANCE(1339);
      if (lookahead == 0x524d) ADVANCE(1752);
      if (lookahead == 0x5b8c) ADVANCE(1360);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(612);
      END_STATE();
    case 1749:
      ACCEPT_TOKEN(sym_deadline);
      ADVANCE_MAP(
        0x4e4b, 1339,
        0x4ee5, 1339,
        0x524d, 1752,
        0x5b8c, 1360,
        ' ', 613,
        0x3000, 613,
        0x5e95, 1748,
        0x672b, 1748,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(1384);
      END_STATE();
    case 1750:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x4e4b) ADVANCE(640);
      if (lookahead == 0x4ee5) ADVANCE(640);
      if (lookahead == 0x524d) ADVANCE(1753);
      if (lookahead == 0x5b8c) ADVANCE(667);
      if (lookahead == ' ' ||
          lookahead == 0x3000) ADVANCE(612);
      END_STATE();
    case 1751:
      ACCEPT_TOKEN(sym_deadline);
      ADVANCE_MAP(
        0x4e4b, 640,
        0x4ee5, 640,
        0x524d, 1753,
        0x5b8c, 667,
        ' ', 613,
        0x3000, 613,
        0x5e95, 1750,
        0x672b, 1750,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(692);
      END_STATE();
    case 1752:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x5b8c) ADVANCE(1360);
      END_STATE();
    case 1753:
      ACCEPT_TOKEN(sym_deadline);
      if (lookahead == 0x5b8c) ADVANCE(667);
      END_STATE();
    case 1754:
      ACCEPT_TOKEN(anon_sym_u81eau8bc4);
      END_STATE();
    case 1755:
      ACCEPT_TOKEN(anon_sym_u81eau8bc4);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1756:
      ACCEPT_TOKEN(anon_sym_self_evaluation);
      END_STATE();
    case 1757:
      ACCEPT_TOKEN(anon_sym_self_evaluation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1758:
      ACCEPT_TOKEN(anon_sym_u8d44u91d1);
      END_STATE();
    case 1759:
      ACCEPT_TOKEN(anon_sym_u8d44u91d1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1760:
      ACCEPT_TOKEN(anon_sym_funds);
      END_STATE();
    case 1761:
      ACCEPT_TOKEN(anon_sym_funds);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1762:
      ACCEPT_TOKEN(anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e);
      END_STATE();
    case 1763:
      ACCEPT_TOKEN(anon_sym_u5f53u5e74u8d22u653fu62e8u6b3e);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1764:
      ACCEPT_TOKEN(anon_sym_current_appropriation);
      END_STATE();
    case 1765:
      ACCEPT_TOKEN(anon_sym_current_appropriation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1766:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74u7ed3u8f6c);
      END_STATE();
    case 1767:
      ACCEPT_TOKEN(anon_sym_u4e0au5e74u7ed3u8f6c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1768:
      ACCEPT_TOKEN(anon_sym_carried_over);
      END_STATE();
    case 1769:
      ACCEPT_TOKEN(anon_sym_carried_over);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1770:
      ACCEPT_TOKEN(anon_sym_u5e74u521du9884u7b97u6570);
      END_STATE();
    case 1771:
      ACCEPT_TOKEN(anon_sym_u5e74u521du9884u7b97u6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1772:
      ACCEPT_TOKEN(anon_sym_initial_budget);
      END_STATE();
    case 1773:
      ACCEPT_TOKEN(anon_sym_initial_budget);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1774:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u9884u7b97u6570);
      END_STATE();
    case 1775:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u9884u7b97u6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1776:
      ACCEPT_TOKEN(anon_sym_full_year_budget);
      END_STATE();
    case 1777:
      ACCEPT_TOKEN(anon_sym_full_year_budget);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1778:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u6267u884cu6570);
      END_STATE();
    case 1779:
      ACCEPT_TOKEN(anon_sym_u5168u5e74u6267u884cu6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1780:
      ACCEPT_TOKEN(anon_sym_executed);
      END_STATE();
    case 1781:
      ACCEPT_TOKEN(anon_sym_executed);
      if (lookahead == '_') ADVANCE(1248);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1782:
      ACCEPT_TOKEN(anon_sym_executed);
      if (lookahead == '_') ADVANCE(537);
      END_STATE();
    case 1783:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210u60c5u51b5);
      END_STATE();
    case 1784:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210u60c5u51b5);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1785:
      ACCEPT_TOKEN(anon_sym_achieved);
      END_STATE();
    case 1786:
      ACCEPT_TOKEN(anon_sym_achieved);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1787:
      ACCEPT_TOKEN(anon_sym_u5b9eu9645);
      END_STATE();
    case 1788:
      ACCEPT_TOKEN(anon_sym_u5b9eu9645);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1789:
      ACCEPT_TOKEN(anon_sym_actual);
      END_STATE();
    case 1790:
      ACCEPT_TOKEN(anon_sym_actual);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1791:
      ACCEPT_TOKEN(anon_sym_u5f97u5206);
      END_STATE();
    case 1792:
      ACCEPT_TOKEN(anon_sym_u5f97u5206);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1793:
      ACCEPT_TOKEN(anon_sym_score);
      END_STATE();
    case 1794:
      ACCEPT_TOKEN(anon_sym_score);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1795:
      ACCEPT_TOKEN(anon_sym_u504fu5dee);
      END_STATE();
    case 1796:
      ACCEPT_TOKEN(anon_sym_u504fu5dee);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1797:
      ACCEPT_TOKEN(anon_sym_deviation);
      END_STATE();
    case 1798:
      ACCEPT_TOKEN(anon_sym_deviation);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1799:
      ACCEPT_TOKEN(anon_sym_u76d1u63a7);
      END_STATE();
    case 1800:
      ACCEPT_TOKEN(anon_sym_u76d1u63a7);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1801:
      ACCEPT_TOKEN(anon_sym_monitoring);
      END_STATE();
    case 1802:
      ACCEPT_TOKEN(anon_sym_monitoring);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1803:
      ACCEPT_TOKEN(anon_sym_u622au81f3);
      END_STATE();
    case 1804:
      ACCEPT_TOKEN(anon_sym_u622au81f3);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1805:
      ACCEPT_TOKEN(anon_sym_as_of);
      END_STATE();
    case 1806:
      ACCEPT_TOKEN(anon_sym_as_of);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1807:
      ACCEPT_TOKEN(anon_sym_u6267u884cu6570);
      END_STATE();
    case 1808:
      ACCEPT_TOKEN(anon_sym_u6267u884cu6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1809:
      ACCEPT_TOKEN(anon_sym_executed_to_date);
      END_STATE();
    case 1810:
      ACCEPT_TOKEN(anon_sym_executed_to_date);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1811:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1u6267u884cu6570);
      END_STATE();
    case 1812:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1u6267u884cu6570);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1813:
      ACCEPT_TOKEN(anon_sym_forecast_executed);
      END_STATE();
    case 1814:
      ACCEPT_TOKEN(anon_sym_forecast_executed);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1815:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      END_STATE();
    case 1816:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      if (lookahead == 0x60c5) ADVANCE(1331);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1817:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      if (lookahead == 0x60c5) ADVANCE(631);
      END_STATE();
    case 1818:
      ACCEPT_TOKEN(anon_sym_u5b8cu6210);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1819:
      ACCEPT_TOKEN(anon_sym_done);
      END_STATE();
    case 1820:
      ACCEPT_TOKEN(anon_sym_done);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1821:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1);
      END_STATE();
    case 1822:
      ACCEPT_TOKEN(anon_sym_u9884u8ba1);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1823:
      ACCEPT_TOKEN(anon_sym_forecast);
      END_STATE();
    case 1824:
      ACCEPT_TOKEN(anon_sym_forecast);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1825:
      ACCEPT_TOKEN(anon_sym_u53efu80fdu6027);
      END_STATE();
    case 1826:
      ACCEPT_TOKEN(anon_sym_u53efu80fdu6027);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1827:
      ACCEPT_TOKEN(anon_sym_likelihood);
      END_STATE();
    case 1828:
      ACCEPT_TOKEN(anon_sym_likelihood);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1829:
      ACCEPT_TOKEN(anon_sym_u7ea0u504f);
      END_STATE();
    case 1830:
      ACCEPT_TOKEN(anon_sym_u7ea0u504f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1831:
      ACCEPT_TOKEN(anon_sym_correction);
      END_STATE();
    case 1832:
      ACCEPT_TOKEN(anon_sym_correction);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1833:
      ACCEPT_TOKEN(anon_sym_u6307u6807u5e93);
      END_STATE();
    case 1834:
      ACCEPT_TOKEN(anon_sym_u6307u6807u5e93);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1835:
      ACCEPT_TOKEN(anon_sym_library);
      END_STATE();
    case 1836:
      ACCEPT_TOKEN(anon_sym_library);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1837:
      ACCEPT_TOKEN(anon_sym_u7c7bu522b);
      END_STATE();
    case 1838:
      ACCEPT_TOKEN(anon_sym_u7c7bu522b);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1839:
      ACCEPT_TOKEN(anon_sym_category);
      END_STATE();
    case 1840:
      ACCEPT_TOKEN(anon_sym_category);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1841:
      ACCEPT_TOKEN(anon_sym_u8ba1u7b97u516cu5f0f);
      END_STATE();
    case 1842:
      ACCEPT_TOKEN(anon_sym_u8ba1u7b97u516cu5f0f);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1843:
      ACCEPT_TOKEN(anon_sym_formula);
      END_STATE();
    case 1844:
      ACCEPT_TOKEN(anon_sym_formula);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1845:
      ACCEPT_TOKEN(anon_sym_u53c2u8003u503c);
      END_STATE();
    case 1846:
      ACCEPT_TOKEN(anon_sym_u53c2u8003u503c);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1847:
      ACCEPT_TOKEN(anon_sym_reference);
      END_STATE();
    case 1848:
      ACCEPT_TOKEN(anon_sym_reference);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1849:
      ACCEPT_TOKEN(anon_sym_u6838u5fc3);
      END_STATE();
    case 1850:
      ACCEPT_TOKEN(anon_sym_u6838u5fc3);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1851:
      ACCEPT_TOKEN(anon_sym_core);
      END_STATE();
    case 1852:
      ACCEPT_TOKEN(anon_sym_core);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1853:
      ACCEPT_TOKEN(anon_sym_u9002u7528);
      END_STATE();
    case 1854:
      ACCEPT_TOKEN(anon_sym_u9002u7528);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
      END_STATE();
    case 1855:
      ACCEPT_TOKEN(anon_sym_applies_to);
      END_STATE();
    case 1856:
      ACCEPT_TOKEN(anon_sym_applies_to);
      if ((!eof && set_contains(sym__word_character_set_1, 9, lookahead))) ADVANCE(1454);
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
  [17] = {.lex_state = 12, .external_lex_state = 2},
  [18] = {.lex_state = 12, .external_lex_state = 2},
  [19] = {.lex_state = 5, .external_lex_state = 2},
  [20] = {.lex_state = 5, .external_lex_state = 2},
  [21] = {.lex_state = 12, .external_lex_state = 2},
  [22] = {.lex_state = 5, .external_lex_state = 2},
  [23] = {.lex_state = 5, .external_lex_state = 2},
  [24] = {.lex_state = 5, .external_lex_state = 2},
  [25] = {.lex_state = 5, .external_lex_state = 2},
  [26] = {.lex_state = 12, .external_lex_state = 2},
  [27] = {.lex_state = 12, .external_lex_state = 2},
  [28] = {.lex_state = 5, .external_lex_state = 2},
  [29] = {.lex_state = 5, .external_lex_state = 2},
  [30] = {.lex_state = 5, .external_lex_state = 2},
  [31] = {.lex_state = 5, .external_lex_state = 2},
  [32] = {.lex_state = 5, .external_lex_state = 2},
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
  [43] = {.lex_state = 772, .external_lex_state = 3},
  [44] = {.lex_state = 772, .external_lex_state = 3},
  [45] = {.lex_state = 772, .external_lex_state = 3},
  [46] = {.lex_state = 772, .external_lex_state = 3},
  [47] = {.lex_state = 772, .external_lex_state = 3},
  [48] = {.lex_state = 772, .external_lex_state = 3},
  [49] = {.lex_state = 17, .external_lex_state = 4},
  [50] = {.lex_state = 772, .external_lex_state = 2},
  [51] = {.lex_state = 17, .external_lex_state = 4},
  [52] = {.lex_state = 17, .external_lex_state = 4},
  [53] = {.lex_state = 772, .external_lex_state = 2},
  [54] = {.lex_state = 772, .external_lex_state = 2},
  [55] = {.lex_state = 772, .external_lex_state = 2},
  [56] = {.lex_state = 17, .external_lex_state = 4},
  [57] = {.lex_state = 17, .external_lex_state = 4},
  [58] = {.lex_state = 17, .external_lex_state = 4},
  [59] = {.lex_state = 772, .external_lex_state = 2},
  [60] = {.lex_state = 772, .external_lex_state = 2},
  [61] = {.lex_state = 5, .external_lex_state = 3},
  [62] = {.lex_state = 5, .external_lex_state = 3},
  [63] = {.lex_state = 772, .external_lex_state = 2},
  [64] = {.lex_state = 772, .external_lex_state = 2},
  [65] = {.lex_state = 772, .external_lex_state = 2},
  [66] = {.lex_state = 772, .external_lex_state = 2},
  [67] = {.lex_state = 772, .external_lex_state = 2},
  [68] = {.lex_state = 5, .external_lex_state = 3},
  [69] = {.lex_state = 4, .external_lex_state = 2},
  [70] = {.lex_state = 5, .external_lex_state = 3},
  [71] = {.lex_state = 4, .external_lex_state = 2},
  [72] = {.lex_state = 4, .external_lex_state = 2},
  [73] = {.lex_state = 4, .external_lex_state = 2},
  [74] = {.lex_state = 4, .external_lex_state = 2},
  [75] = {.lex_state = 772, .external_lex_state = 2},
  [76] = {.lex_state = 772, .external_lex_state = 2},
  [77] = {.lex_state = 772, .external_lex_state = 2},
  [78] = {.lex_state = 4, .external_lex_state = 2},
  [79] = {.lex_state = 4, .external_lex_state = 2},
  [80] = {.lex_state = 4, .external_lex_state = 2},
  [81] = {.lex_state = 4, .external_lex_state = 2},
  [82] = {.lex_state = 4, .external_lex_state = 2},
  [83] = {.lex_state = 5, .external_lex_state = 3},
  [84] = {.lex_state = 5, .external_lex_state = 3},
  [85] = {.lex_state = 5, .external_lex_state = 2},
  [86] = {.lex_state = 5, .external_lex_state = 2},
  [87] = {.lex_state = 5, .external_lex_state = 2},
  [88] = {.lex_state = 5, .external_lex_state = 2},
  [89] = {.lex_state = 5, .external_lex_state = 2},
  [90] = {.lex_state = 5, .external_lex_state = 2},
  [91] = {.lex_state = 5, .external_lex_state = 2},
  [92] = {.lex_state = 5, .external_lex_state = 2},
  [93] = {.lex_state = 5, .external_lex_state = 2},
  [94] = {.lex_state = 5, .external_lex_state = 2},
  [95] = {.lex_state = 5, .external_lex_state = 2},
  [96] = {.lex_state = 5, .external_lex_state = 2},
  [97] = {.lex_state = 4, .external_lex_state = 2},
  [98] = {.lex_state = 5, .external_lex_state = 2},
  [99] = {.lex_state = 5, .external_lex_state = 2},
  [100] = {.lex_state = 5, .external_lex_state = 2},
  [101] = {.lex_state = 5, .external_lex_state = 2},
  [102] = {.lex_state = 5, .external_lex_state = 2},
  [103] = {.lex_state = 5, .external_lex_state = 2},
  [104] = {.lex_state = 5, .external_lex_state = 2},
  [105] = {.lex_state = 5, .external_lex_state = 2},
  [106] = {.lex_state = 4, .external_lex_state = 2},
  [107] = {.lex_state = 5, .external_lex_state = 2},
  [108] = {.lex_state = 772, .external_lex_state = 2},
  [109] = {.lex_state = 772, .external_lex_state = 2},
  [110] = {.lex_state = 14, .external_lex_state = 2},
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
  [122] = {.lex_state = 17, .external_lex_state = 2},
  [123] = {.lex_state = 772, .external_lex_state = 2},
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
  [206] = {.lex_state = 12, .external_lex_state = 4},
  [207] = {.lex_state = 12, .external_lex_state = 4},
  [208] = {.lex_state = 12, .external_lex_state = 4},
  [209] = {.lex_state = 9, .external_lex_state = 2},
  [210] = {.lex_state = 8, .external_lex_state = 2},
  [211] = {.lex_state = 11, .external_lex_state = 2},
  [212] = {.lex_state = 12, .external_lex_state = 4},
  [213] = {.lex_state = 12, .external_lex_state = 4},
  [214] = {.lex_state = 8, .external_lex_state = 2},
  [215] = {.lex_state = 8, .external_lex_state = 2},
  [216] = {.lex_state = 12, .external_lex_state = 4},
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
  [233] = {.lex_state = 16, .external_lex_state = 2},
  [234] = {.lex_state = 16, .external_lex_state = 2},
  [235] = {.lex_state = 6},
  [236] = {.lex_state = 772},
  [237] = {.lex_state = 6},
  [238] = {.lex_state = 772, .external_lex_state = 2},
  [239] = {.lex_state = 772, .external_lex_state = 2},
  [240] = {.lex_state = 772},
  [241] = {.lex_state = 772, .external_lex_state = 2},
  [242] = {.lex_state = 6},
  [243] = {.lex_state = 772},
  [244] = {.lex_state = 772},
  [245] = {.lex_state = 772},
  [246] = {.lex_state = 772},
  [247] = {.lex_state = 772, .external_lex_state = 2},
  [248] = {.lex_state = 772, .external_lex_state = 2},
  [249] = {.lex_state = 6},
  [250] = {.lex_state = 6},
  [251] = {.lex_state = 772, .external_lex_state = 2},
  [252] = {.lex_state = 6},
  [253] = {.lex_state = 6},
  [254] = {.lex_state = 772},
  [255] = {.lex_state = 772},
  [256] = {.lex_state = 13, .external_lex_state = 2},
  [257] = {.lex_state = 13, .external_lex_state = 2},
  [258] = {.lex_state = 4, .external_lex_state = 2},
  [259] = {.lex_state = 4, .external_lex_state = 2},
  [260] = {.lex_state = 4, .external_lex_state = 2},
  [261] = {.lex_state = 4, .external_lex_state = 2},
  [262] = {.lex_state = 13, .external_lex_state = 2},
  [263] = {.lex_state = 13, .external_lex_state = 2},
  [264] = {.lex_state = 4, .external_lex_state = 2},
  [265] = {.lex_state = 4, .external_lex_state = 2},
  [266] = {.lex_state = 13, .external_lex_state = 2},
  [267] = {.lex_state = 4, .external_lex_state = 2},
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
  [325] = {.lex_state = 4, .external_lex_state = 5},
  [326] = {.lex_state = 4, .external_lex_state = 5},
  [327] = {.lex_state = 772},
  [328] = {.lex_state = 772},
  [329] = {.lex_state = 772},
  [330] = {.lex_state = 772},
  [331] = {.lex_state = 772},
  [332] = {.lex_state = 10},
  [333] = {.lex_state = 4},
  [334] = {.lex_state = 4, .external_lex_state = 5},
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
  [359] = {.lex_state = 4, .external_lex_state = 5},
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
  [391] = {.lex_state = 4, .external_lex_state = 5},
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
  [437] = {.lex_state = 4, .external_lex_state = 5},
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
  [582] = {.lex_state = 772},
  [583] = {.lex_state = 772, .external_lex_state = 2},
  [584] = {.lex_state = 772, .external_lex_state = 2},
  [585] = {.lex_state = 4},
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
  [609] = {.lex_state = 772},
  [610] = {.lex_state = 4},
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
  [128] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(99), 1,
      anon_sym_RBRACE,
    ACTIONS(131), 1,
      sym__line_end,
    STATE(26), 1,
      aux_sym_document_repeat1,
    ACTIONS(101), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(103), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(105), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(107), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(109), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(111), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(113), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(115), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(117), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(119), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(121), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(123), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(125), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(127), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(129), 2,
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
  [219] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_RBRACE,
    ACTIONS(135), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(101), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(103), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(105), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(107), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(109), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(111), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(113), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(115), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(117), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(119), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(121), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(123), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(125), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(127), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(129), 2,
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
  [310] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(143), 1,
      anon_sym_RBRACE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(171), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(31), 14,
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
  [405] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(173), 1,
      sym__word,
    ACTIONS(176), 1,
      anon_sym_DQUOTE,
    ACTIONS(182), 1,
      anon_sym_RBRACE,
    ACTIONS(217), 1,
      sym_comparator,
    ACTIONS(220), 1,
      sym_deadline,
    ACTIONS(223), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(179), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(184), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(187), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(190), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(193), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(196), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(199), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(202), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(205), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(208), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(211), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(214), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [500] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(225), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(101), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(103), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(105), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(107), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(109), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(111), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(113), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(115), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(117), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(119), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(121), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(123), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(125), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(127), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(129), 2,
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
  [591] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(227), 1,
      anon_sym_RBRACE,
    ACTIONS(229), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(28), 14,
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
  [686] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(231), 1,
      anon_sym_RBRACE,
    ACTIONS(233), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [781] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(235), 1,
      anon_sym_RBRACE,
    ACTIONS(237), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [876] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(239), 1,
      anon_sym_RBRACE,
    ACTIONS(241), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(32), 14,
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
  [971] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(243), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(101), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(103), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(105), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(107), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(109), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(111), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(113), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(115), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(117), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(119), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(121), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(123), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(125), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(127), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(129), 2,
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
  [1062] = 20,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(245), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(101), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(103), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(105), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(107), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(109), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(111), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(113), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(115), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(117), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(119), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(121), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(123), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(125), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(127), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(129), 2,
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
  [1153] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(247), 1,
      anon_sym_RBRACE,
    ACTIONS(249), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [1248] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(251), 1,
      anon_sym_RBRACE,
    ACTIONS(253), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
      sym__keyword_target,
      sym__value,
      sym_value_quantity,
      sym_level,
    STATE(23), 14,
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
  [1343] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(255), 1,
      anon_sym_RBRACE,
    ACTIONS(257), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [1438] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(259), 1,
      anon_sym_RBRACE,
    ACTIONS(261), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [1533] = 22,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(169), 1,
      sym_deadline,
    ACTIONS(263), 1,
      anon_sym_RBRACE,
    ACTIONS(265), 1,
      sym__line_end,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    STATE(105), 4,
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
  [1628] = 19,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(101), 2,
      anon_sym_u5e74u5ea6,
      anon_sym_year,
    ACTIONS(103), 2,
      anon_sym_u90e8u95e8,
      anon_sym_department,
    ACTIONS(105), 2,
      anon_sym_u7f16u5236,
      anon_sym_prepared_by,
    ACTIONS(107), 2,
      anon_sym_u5ba1u6838,
      anon_sym_reviewed_by,
    ACTIONS(109), 2,
      anon_sym_u72b6u6001,
      anon_sym_status,
    ACTIONS(111), 2,
      anon_sym_u91d1u989du5355u4f4d,
      anon_sym_money_unit,
    ACTIONS(113), 2,
      anon_sym_u6307u6807u4f53u7cfb,
      anon_sym_framework,
    ACTIONS(115), 2,
      anon_sym_u89c4u5219,
      anon_sym_rules,
    ACTIONS(117), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(119), 2,
      anon_sym_u5141u8bb8u5305u542b,
      anon_sym_allow_include,
    ACTIONS(121), 2,
      anon_sym_u4e0au5e74,
      anon_sym_previous,
    ACTIONS(123), 2,
      anon_sym_u8868u6837,
      anon_sym_form,
    ACTIONS(125), 2,
      anon_sym_u8bc4u5206,
      anon_sym_scoring,
    ACTIONS(127), 2,
      anon_sym_u8865u5145u5355u4f4d,
      anon_sym_extra_units,
    ACTIONS(129), 2,
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
  [1716] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(271), 1,
      anon_sym_executed,
    STATE(41), 1,
      sym_money_unit,
    ACTIONS(267), 4,
      anon_sym_u4e07u5143,
      anon_sym_u4ebfu5143,
      anon_sym_u5343u5143,
      anon_sym_u5143,
    ACTIONS(269), 40,
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
  [1774] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
    ACTIONS(275), 1,
      anon_sym_RBRACE,
    ACTIONS(279), 1,
      sym__line_end,
    STATE(25), 1,
      sym__keyword_target,
    STATE(110), 1,
      aux_sym_document_repeat1,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(277), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(19), 11,
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
  [1858] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
    ACTIONS(279), 1,
      sym__line_end,
    ACTIONS(281), 1,
      anon_sym_RBRACE,
    STATE(25), 1,
      sym__keyword_target,
    STATE(110), 1,
      aux_sym_document_repeat1,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(277), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(19), 11,
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
  [1942] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
    ACTIONS(283), 1,
      anon_sym_RBRACE,
    ACTIONS(285), 1,
      sym__line_end,
    STATE(25), 1,
      sym__keyword_target,
    STATE(39), 1,
      aux_sym_document_repeat1,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(277), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(353), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(19), 11,
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
  [2026] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
    ACTIONS(279), 1,
      sym__line_end,
    ACTIONS(287), 1,
      anon_sym_RBRACE,
    STATE(25), 1,
      sym__keyword_target,
    STATE(110), 1,
      aux_sym_document_repeat1,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(277), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(19), 11,
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
  [2110] = 20,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
    ACTIONS(279), 1,
      sym__line_end,
    ACTIONS(289), 1,
      anon_sym_RBRACE,
    STATE(25), 1,
      sym__keyword_target,
    STATE(110), 1,
      aux_sym_document_repeat1,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(277), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(404), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(19), 11,
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
  [2194] = 19,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(273), 1,
      sym__word,
    ACTIONS(279), 1,
      sym__line_end,
    STATE(25), 1,
      sym__keyword_target,
    STATE(110), 1,
      aux_sym_document_repeat1,
    ACTIONS(145), 2,
      anon_sym_u786eu8ba4,
      anon_sym_acknowledge,
    ACTIONS(147), 2,
      anon_sym_u4e2du671fu76eeu6807,
      anon_sym_mid_term,
    ACTIONS(149), 2,
      anon_sym_u957fu671fu76eeu6807,
      anon_sym_long_term,
    ACTIONS(151), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(153), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(155), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(157), 2,
      anon_sym_u6307u6807u65b9u5411,
      anon_sym_direction,
    ACTIONS(159), 2,
      anon_sym_u5907u6ce8,
      anon_sym_remark,
    ACTIONS(161), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(163), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(165), 2,
      anon_sym_u6307u6807u503c,
      anon_sym_value,
    ACTIONS(277), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
    STATE(575), 2,
      sym_indicator,
      sym_indicator_continuation,
    STATE(19), 11,
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
  [2275] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(293), 1,
      anon_sym_executed,
    ACTIONS(291), 40,
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
  [2324] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(297), 1,
      anon_sym_executed,
    ACTIONS(295), 40,
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
  [2373] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(301), 1,
      sym__continue,
    STATE(45), 1,
      aux_sym_text_repeat1,
    ACTIONS(299), 38,
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
  [2423] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(305), 1,
      sym__continue,
    STATE(44), 1,
      aux_sym_text_repeat1,
    ACTIONS(303), 38,
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
  [2473] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(301), 1,
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
  [2523] = 2,
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
  [2568] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(303), 39,
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
  [2613] = 2,
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
  [2658] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(312), 1,
      sym__continue_alone,
    STATE(51), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(310), 34,
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
  [2704] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(314), 36,
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
  [2746] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(312), 1,
      sym__continue_alone,
    STATE(52), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(316), 34,
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
  [2792] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(320), 1,
      sym__continue_alone,
    STATE(52), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(318), 34,
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
  [2838] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(323), 36,
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
  [2880] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(325), 36,
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
  [2922] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(327), 36,
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
  [2964] = 2,
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
  [3005] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(318), 35,
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
  [3046] = 2,
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
  [3087] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(329), 1,
      anon_sym_RBRACE,
    ACTIONS(349), 1,
      sym__line_end,
    STATE(65), 1,
      aux_sym_document_repeat1,
    STATE(382), 1,
      aux_sym_template_repeat2,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(75), 11,
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
  [3152] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(351), 1,
      anon_sym_RBRACE,
    ACTIONS(353), 1,
      sym__line_end,
    STATE(66), 1,
      aux_sym_document_repeat1,
    STATE(386), 1,
      aux_sym_template_repeat2,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(75), 11,
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
  [3217] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 1,
      sym__line_end,
    ACTIONS(357), 1,
      sym__continue,
    STATE(61), 1,
      aux_sym_text_repeat1,
    ACTIONS(355), 29,
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
  [3261] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(308), 1,
      sym__line_end,
    ACTIONS(362), 1,
      sym__continue,
    STATE(61), 1,
      aux_sym_text_repeat1,
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
  [3305] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(364), 1,
      anon_sym_RBRACE,
    ACTIONS(366), 1,
      sym__line_end,
    STATE(64), 1,
      aux_sym_document_repeat1,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
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
  [3367] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(329), 1,
      anon_sym_RBRACE,
    ACTIONS(368), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
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
  [3429] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(351), 1,
      anon_sym_RBRACE,
    ACTIONS(368), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(76), 11,
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
  [3491] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(368), 1,
      sym__line_end,
    ACTIONS(370), 1,
      anon_sym_RBRACE,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(76), 11,
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
  [3553] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(368), 1,
      sym__line_end,
    ACTIONS(372), 1,
      anon_sym_RBRACE,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(76), 11,
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
  [3615] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(299), 1,
      sym__line_end,
    ACTIONS(362), 1,
      sym__continue,
    STATE(62), 1,
      aux_sym_text_repeat1,
    ACTIONS(374), 29,
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
  [3659] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(378), 1,
      anon_sym_RBRACE,
    ACTIONS(394), 1,
      sym__line_end,
    STATE(82), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(380), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(384), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
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
  [3722] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 2,
      sym__line_end,
      sym__continue,
    ACTIONS(396), 29,
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
  [3761] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(398), 1,
      anon_sym_RBRACE,
    ACTIONS(404), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(406), 1,
      anon_sym_done,
    ACTIONS(414), 1,
      sym__line_end,
    STATE(81), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(400), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
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
  [3826] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(416), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(380), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(384), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
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
  [3889] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(404), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(406), 1,
      anon_sym_done,
    ACTIONS(418), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(400), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
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
  [3954] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(404), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(406), 1,
      anon_sym_done,
    ACTIONS(420), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(400), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
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
  [4019] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(422), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(424), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(427), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(430), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(433), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(436), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(439), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(442), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(445), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(448), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(75), 11,
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
  [4076] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    ACTIONS(451), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(75), 11,
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
  [4133] = 13,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(368), 1,
      sym__line_end,
    STATE(127), 1,
      aux_sym_document_repeat1,
    ACTIONS(331), 2,
      anon_sym_u63cfu8ff0,
      anon_sym_description,
    ACTIONS(333), 2,
      anon_sym_u4f9du636e,
      anon_sym_basis,
    ACTIONS(335), 2,
      anon_sym_u6307u6807u6027u8d28,
      anon_sym_nature,
    ACTIONS(337), 2,
      anon_sym_u8ba1u91cfu5355u4f4d,
      anon_sym_measure_unit,
    ACTIONS(339), 2,
      anon_sym_u7c7bu522b,
      anon_sym_category,
    ACTIONS(341), 2,
      anon_sym_u8ba1u7b97u516cu5f0f,
      anon_sym_formula,
    ACTIONS(343), 2,
      anon_sym_u53c2u8003u503c,
      anon_sym_reference,
    ACTIONS(345), 2,
      anon_sym_u6838u5fc3,
      anon_sym_core,
    ACTIONS(347), 2,
      anon_sym_u9002u7528,
      anon_sym_applies_to,
    STATE(76), 11,
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
  [4192] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(453), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(380), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(384), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
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
  [4255] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(404), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(406), 1,
      anon_sym_done,
    ACTIONS(455), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(400), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
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
  [4320] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(457), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(380), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(384), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
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
  [4383] = 16,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(404), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(406), 1,
      anon_sym_done,
    ACTIONS(459), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(400), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
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
  [4448] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(461), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(380), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(384), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
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
  [4511] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(303), 2,
      sym__line_end,
      sym__continue,
    ACTIONS(355), 29,
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
  [4550] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 2,
      sym__line_end,
      sym__continue,
    ACTIONS(463), 29,
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
  [4589] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(467), 1,
      sym__line_end,
    ACTIONS(465), 29,
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
  [4627] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(471), 1,
      sym__line_end,
    ACTIONS(469), 29,
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
  [4665] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(475), 1,
      sym__line_end,
    ACTIONS(473), 29,
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
  [4703] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(314), 1,
      sym__line_end,
    ACTIONS(477), 29,
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
  [4741] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(479), 1,
      sym__word,
    ACTIONS(483), 1,
      sym__line_end,
    ACTIONS(481), 28,
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
  [4781] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(327), 1,
      sym__line_end,
    ACTIONS(485), 29,
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
  [4819] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(489), 1,
      sym__line_end,
    ACTIONS(487), 29,
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
  [4857] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(325), 1,
      sym__line_end,
    ACTIONS(491), 29,
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
  [4895] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(493), 1,
      sym__word,
    ACTIONS(497), 1,
      sym__line_end,
    ACTIONS(495), 28,
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
  [4935] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(323), 1,
      sym__line_end,
    ACTIONS(499), 29,
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
  [4973] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(503), 1,
      sym__line_end,
    ACTIONS(501), 29,
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
  [5011] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(507), 1,
      sym__line_end,
    ACTIONS(505), 29,
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
  [5049] = 14,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(202), 1,
      sym_string,
    ACTIONS(380), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(384), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
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
  [5109] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym__line_end,
    ACTIONS(396), 29,
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
  [5147] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(511), 1,
      sym__line_end,
    ACTIONS(509), 29,
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
  [5185] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(515), 1,
      sym__line_end,
    ACTIONS(513), 29,
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
  [5223] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(519), 1,
      sym__line_end,
    ACTIONS(517), 29,
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
  [5261] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(523), 1,
      sym__line_end,
    ACTIONS(521), 29,
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
  [5299] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(527), 1,
      sym__line_end,
    ACTIONS(525), 29,
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
  [5337] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(531), 1,
      sym__line_end,
    ACTIONS(529), 29,
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
  [5375] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(535), 1,
      sym__line_end,
    ACTIONS(533), 29,
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
  [5413] = 15,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(404), 1,
      anon_sym_u5b8cu6210,
    ACTIONS(406), 1,
      anon_sym_done,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(147), 1,
      sym_string,
    ACTIONS(386), 2,
      anon_sym_u5b8cu6210u60c5u51b5,
      anon_sym_achieved,
    ACTIONS(400), 2,
      anon_sym_u8d44u91d1,
      anon_sym_funds,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
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
  [5475] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 1,
      sym__line_end,
    ACTIONS(463), 29,
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
  [5513] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(537), 1,
      ts_builtin_sym_end,
    ACTIONS(539), 1,
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
    STATE(109), 10,
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
  [5567] = 12,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(541), 1,
      ts_builtin_sym_end,
    ACTIONS(567), 1,
      sym__line_end,
    ACTIONS(543), 2,
      anon_sym_u5305u542b,
      anon_sym_include,
    ACTIONS(546), 2,
      anon_sym_u6587u6863,
      anon_sym_document,
    ACTIONS(549), 2,
      anon_sym_u90e8u95e8u76eeu6807,
      anon_sym_department_goals,
    ACTIONS(552), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    ACTIONS(555), 2,
      anon_sym_u5355u4f4d,
      anon_sym_unit,
    ACTIONS(558), 2,
      anon_sym_u81eau8bc4,
      anon_sym_self_evaluation,
    ACTIONS(561), 2,
      anon_sym_u76d1u63a7,
      anon_sym_monitoring,
    ACTIONS(564), 2,
      anon_sym_u6307u6807u5e93,
      anon_sym_library,
    STATE(109), 10,
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
  [5621] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(570), 1,
      sym__line_end,
    STATE(110), 1,
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
  [5659] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(573), 1,
      anon_sym_RBRACE,
    ACTIONS(589), 1,
      sym__line_end,
    STATE(114), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(577), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(579), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(581), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(583), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(585), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(587), 2,
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
  [5714] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(591), 1,
      anon_sym_RBRACE,
    ACTIONS(593), 1,
      sym__line_end,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(577), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(579), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(581), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(583), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(585), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(587), 2,
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
  [5769] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(593), 1,
      sym__line_end,
    ACTIONS(595), 1,
      anon_sym_RBRACE,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(577), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(579), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(581), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(583), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(585), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(587), 2,
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
  [5824] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(593), 1,
      sym__line_end,
    ACTIONS(597), 1,
      anon_sym_RBRACE,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(577), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(579), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(581), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(583), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(585), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(587), 2,
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
  [5879] = 13,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(593), 1,
      sym__line_end,
    ACTIONS(599), 1,
      anon_sym_RBRACE,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(577), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(579), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(581), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(583), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(585), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(587), 2,
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
  [5934] = 12,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(27), 1,
      sym__word,
    ACTIONS(593), 1,
      sym__line_end,
    STATE(173), 1,
      aux_sym_document_repeat1,
    ACTIONS(575), 2,
      anon_sym_u90e8u95e8u7f16u7801,
      anon_sym_department_code,
    ACTIONS(577), 2,
      anon_sym_u9884u7b97,
      anon_sym_budget,
    ACTIONS(579), 2,
      anon_sym_u5355u4f4du804cu80fd,
      anon_sym_unit_functions,
    ACTIONS(581), 2,
      anon_sym_u5c65u804cu76eeu6807,
      anon_sym_duty,
    ACTIONS(583), 2,
      anon_sym_u603bu4f53u76eeu6807,
      anon_sym_overall,
    ACTIONS(585), 2,
      anon_sym_u5206u9879u76eeu6807,
      anon_sym_sub_goal,
    ACTIONS(587), 2,
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
  [5986] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(601), 26,
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
  [6018] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(603), 1,
      sym__word,
    ACTIONS(605), 1,
      anon_sym_DQUOTE,
    ACTIONS(609), 1,
      sym__line_end,
    STATE(119), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
    ACTIONS(607), 19,
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
  [6057] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(611), 1,
      sym__word,
    ACTIONS(614), 1,
      anon_sym_DQUOTE,
    ACTIONS(619), 1,
      sym__line_end,
    STATE(119), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
    ACTIONS(617), 19,
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
  [6096] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(621), 1,
      anon_sym_RBRACE,
    ACTIONS(627), 1,
      sym__line_end,
    ACTIONS(392), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(121), 4,
      sym_evaluation_source,
      sym_execution_amount,
      sym_deviation,
      aux_sym_evaluation_funds_repeat1,
    ACTIONS(625), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
    ACTIONS(623), 10,
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
  [6136] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(629), 1,
      anon_sym_RBRACE,
    ACTIONS(640), 1,
      sym__line_end,
    ACTIONS(637), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(121), 4,
      sym_evaluation_source,
      sym_execution_amount,
      sym_deviation,
      aux_sym_evaluation_funds_repeat1,
    ACTIONS(634), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
    ACTIONS(631), 10,
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
  [6176] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(643), 1,
      anon_sym_RBRACE,
    ACTIONS(645), 1,
      sym__line_end,
    ACTIONS(392), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(120), 4,
      sym_evaluation_source,
      sym_execution_amount,
      sym_deviation,
      aux_sym_evaluation_funds_repeat1,
    ACTIONS(625), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
    ACTIONS(623), 10,
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
  [6216] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(511), 24,
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
  [6246] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(511), 1,
      sym__line_end,
    ACTIONS(509), 21,
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
  [6276] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 1,
      sym__line_end,
    ACTIONS(463), 21,
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
  [6306] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 1,
      sym__line_end,
    ACTIONS(396), 21,
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
  [6336] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(647), 1,
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
  [6367] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym__line_end,
    ACTIONS(650), 1,
      sym__word,
    ACTIONS(481), 19,
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
  [6398] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(497), 1,
      sym__line_end,
    ACTIONS(652), 1,
      sym__word,
    ACTIONS(495), 19,
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
  [6429] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(654), 1,
      anon_sym_RBRACE,
    ACTIONS(658), 1,
      sym__line_end,
    STATE(133), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(656), 16,
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
  [6461] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(660), 20,
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
  [6487] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(658), 1,
      sym__line_end,
    ACTIONS(662), 1,
      anon_sym_RBRACE,
    STATE(133), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(656), 16,
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
  [6519] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(664), 1,
      anon_sym_RBRACE,
    ACTIONS(669), 1,
      sym__line_end,
    STATE(133), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(666), 16,
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
  [6551] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(672), 20,
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
  [6577] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(674), 20,
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
  [6603] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(676), 20,
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
  [6629] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(678), 20,
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
  [6655] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(680), 20,
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
  [6681] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(682), 20,
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
  [6707] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(684), 20,
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
  [6733] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(686), 1,
      anon_sym_RBRACE,
    ACTIONS(688), 1,
      sym__line_end,
    STATE(132), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(656), 16,
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
  [6765] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(690), 1,
      anon_sym_RBRACE,
    ACTIONS(692), 1,
      sym__line_end,
    STATE(130), 2,
      sym_fund,
      aux_sym_budget_repeat1,
    ACTIONS(656), 16,
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
  [6797] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(515), 20,
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
  [6823] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(519), 20,
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
  [6849] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(523), 20,
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
  [6875] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(471), 20,
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
  [6901] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(406), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    ACTIONS(694), 2,
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
  [6938] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(406), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    ACTIONS(696), 2,
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
  [6975] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(698), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(700), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(703), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(706), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(709), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(712), 2,
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
  [7012] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(402), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(406), 2,
      anon_sym_u5b8cu6210,
      anon_sym_done,
    ACTIONS(408), 2,
      anon_sym_u9884u8ba1,
      anon_sym_forecast,
    ACTIONS(410), 2,
      anon_sym_u53efu80fdu6027,
      anon_sym_likelihood,
    ACTIONS(412), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    ACTIONS(715), 2,
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
  [7049] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(717), 18,
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
  [7073] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(719), 1,
      anon_sym_RBRACE,
    ACTIONS(724), 1,
      sym__line_end,
    STATE(607), 1,
      sym_month_end,
    STATE(152), 2,
      sym_schedule_entry,
      aux_sym_schedule_repeat1,
    ACTIONS(721), 13,
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
  [7105] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(727), 18,
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
  [7129] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(729), 18,
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
  [7153] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(731), 18,
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
  [7177] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(733), 18,
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
  [7201] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(735), 18,
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
  [7225] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(737), 18,
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
  [7249] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(739), 18,
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
  [7273] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(741), 18,
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
  [7297] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(743), 18,
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
  [7321] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(745), 18,
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
  [7345] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(747), 18,
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
  [7369] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(749), 18,
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
  [7393] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(751), 18,
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
  [7417] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(753), 18,
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
  [7441] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(755), 18,
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
  [7465] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(757), 18,
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
  [7489] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(759), 18,
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
  [7513] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(761), 18,
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
  [7537] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(763), 18,
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
  [7561] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(765), 18,
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
  [7585] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(767), 1,
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
  [7613] = 2,
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
  [7637] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(772), 18,
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
  [7661] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(774), 18,
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
  [7685] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(776), 18,
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
  [7709] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(778), 18,
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
  [7733] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(780), 18,
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
  [7757] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(782), 18,
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
  [7781] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(784), 18,
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
  [7805] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(786), 18,
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
  [7829] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(788), 18,
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
  [7853] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(790), 18,
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
  [7877] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(792), 18,
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
  [7901] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(794), 18,
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
  [7925] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(796), 18,
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
  [7949] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(798), 1,
      sym__word,
    ACTIONS(800), 1,
      anon_sym_DQUOTE,
    ACTIONS(804), 1,
      sym__line_end,
    STATE(207), 1,
      sym_string,
    STATE(223), 1,
      sym_evaluation_text,
    STATE(198), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(802), 11,
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
  [7985] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(806), 1,
      anon_sym_RBRACE,
    ACTIONS(810), 1,
      sym__line_end,
    STATE(607), 1,
      sym_month_end,
    STATE(152), 2,
      sym_schedule_entry,
      aux_sym_schedule_repeat1,
    ACTIONS(808), 13,
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
  [8017] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(812), 18,
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
  [8041] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(814), 1,
      anon_sym_RBRACE,
    ACTIONS(816), 1,
      sym__line_end,
    STATE(607), 1,
      sym_month_end,
    STATE(189), 2,
      sym_schedule_entry,
      aux_sym_schedule_repeat1,
    ACTIONS(808), 13,
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
  [8073] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(818), 18,
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
  [8097] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(820), 18,
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
  [8121] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(804), 1,
      sym__line_end,
    ACTIONS(822), 1,
      sym__word,
    ACTIONS(824), 1,
      anon_sym_DQUOTE,
    STATE(49), 1,
      sym_string,
    STATE(224), 1,
      sym_evaluation_text,
    STATE(196), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(802), 11,
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
  [8157] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(826), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(828), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(831), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(834), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(837), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    STATE(195), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8189] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(840), 1,
      sym__word,
    ACTIONS(845), 1,
      sym__line_end,
    STATE(196), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(843), 12,
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
  [8217] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(847), 1,
      anon_sym_RBRACE,
    ACTIONS(855), 1,
      sym__line_end,
    ACTIONS(851), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(853), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(200), 4,
      sym_monitoring_amount,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_funds_repeat1,
    ACTIONS(849), 6,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
  [8249] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(845), 1,
      sym__line_end,
    ACTIONS(857), 1,
      sym__word,
    STATE(198), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
    ACTIONS(843), 12,
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
  [8277] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(860), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(195), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8309] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(862), 1,
      anon_sym_RBRACE,
    ACTIONS(873), 1,
      sym__line_end,
    ACTIONS(867), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(870), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(200), 4,
      sym_monitoring_amount,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_funds_repeat1,
    ACTIONS(864), 6,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
  [8341] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(876), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(195), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8373] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(382), 2,
      anon_sym_u5206u503c,
      anon_sym_weight,
    ACTIONS(388), 2,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
    ACTIONS(390), 2,
      anon_sym_u5f97u5206,
      anon_sym_score,
    ACTIONS(392), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(878), 2,
      sym__line_end,
      anon_sym_RBRACE,
    STATE(199), 6,
      sym_weight,
      sym__evaluation_field,
      sym_actual,
      sym_score,
      sym_deviation,
      aux_sym_evaluation_row_repeat1,
  [8405] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(880), 1,
      anon_sym_RBRACE,
    ACTIONS(882), 1,
      sym__line_end,
    ACTIONS(851), 2,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
    ACTIONS(853), 2,
      anon_sym_u7ea0u504f,
      anon_sym_correction,
    STATE(197), 4,
      sym_monitoring_amount,
      sym_cause,
      sym_correction,
      aux_sym_monitoring_funds_repeat1,
    ACTIONS(849), 6,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u6267u884cu6570,
      anon_sym_executed_to_date,
      anon_sym_u9884u8ba1u6267u884cu6570,
      anon_sym_forecast_executed,
  [8437] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(884), 15,
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
  [8458] = 3,
    ACTIONS(7), 1,
      sym_comment,
    STATE(614), 1,
      sym_month_end,
    ACTIONS(808), 13,
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
  [8480] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(886), 1,
      sym__continue_alone,
    STATE(208), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(316), 12,
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
  [8504] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(886), 1,
      sym__continue_alone,
    STATE(206), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(310), 12,
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
  [8528] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(888), 1,
      sym__continue_alone,
    STATE(208), 1,
      aux_sym_evaluation_text_repeat1,
    ACTIONS(318), 12,
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
  [8552] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(893), 1,
      sym__line_end,
    ACTIONS(891), 13,
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
  [8574] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(893), 1,
      sym__line_end,
    ACTIONS(891), 13,
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
  [8596] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(897), 1,
      sym_unit,
    ACTIONS(899), 1,
      sym__line_end,
    ACTIONS(895), 11,
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
  [8619] = 2,
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
  [8638] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(318), 13,
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
  [8657] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym__line_end,
    ACTIONS(650), 1,
      sym__word,
    ACTIONS(481), 11,
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
  [8680] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(497), 1,
      sym__line_end,
    ACTIONS(652), 1,
      sym__word,
    ACTIONS(495), 11,
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
  [8703] = 2,
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
  [8722] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(901), 2,
      sym__line_end,
      anon_sym_RBRACE,
    ACTIONS(905), 2,
      anon_sym_EQ,
      anon_sym_uff1d,
    ACTIONS(903), 4,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
    ACTIONS(907), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [8746] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(909), 12,
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
  [8764] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(911), 12,
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
  [8782] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(913), 12,
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
  [8800] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(804), 12,
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
  [8818] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(915), 12,
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
  [8836] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(917), 12,
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
  [8854] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(917), 12,
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
  [8872] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(804), 12,
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
  [8890] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(919), 12,
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
  [8908] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(921), 12,
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
  [8926] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(923), 12,
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
  [8944] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(915), 12,
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
  [8962] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(925), 12,
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
  [8980] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(907), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
    ACTIONS(909), 8,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_EQ,
      anon_sym_uff1d,
      anon_sym_PLUS,
      anon_sym_uff0b,
  [9000] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(927), 1,
      sym_unit,
    ACTIONS(895), 10,
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
  [9019] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(497), 1,
      sym__line_end,
    ACTIONS(652), 1,
      sym__word,
    ACTIONS(495), 9,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9040] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(483), 1,
      sym__line_end,
    ACTIONS(650), 1,
      sym__word,
    ACTIONS(481), 9,
      anon_sym_RBRACE,
      anon_sym_u5206u503c,
      anon_sym_weight,
      anon_sym_u5b9eu9645,
      anon_sym_actual,
      anon_sym_u5f97u5206,
      anon_sym_score,
      anon_sym_u504fu5dee,
      anon_sym_deviation,
  [9061] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(929), 1,
      sym_deadline,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    STATE(95), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9089] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(935), 2,
      anon_sym_RPAREN,
      anon_sym_uff09,
    ACTIONS(931), 4,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
    ACTIONS(933), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [9109] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      sym__word,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(943), 1,
      sym_comparator,
    ACTIONS(945), 1,
      sym_deadline,
    STATE(55), 1,
      sym_string,
    ACTIONS(941), 2,
      sym_number,
      sym_placeholder,
    STATE(139), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9137] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(947), 10,
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
  [9153] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(949), 1,
      anon_sym_RBRACE,
    ACTIONS(951), 1,
      sym__line_end,
    STATE(241), 2,
      sym_execution_amount,
      aux_sym_evaluation_source_repeat1,
    ACTIONS(625), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
  [9175] = 3,
    ACTIONS(7), 1,
      sym_comment,
    STATE(615), 1,
      sym_period_to,
    ACTIONS(953), 9,
      anon_sym_u81f3,
      anon_sym_u5230,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_u2014,
      anon_sym_u2013,
      anon_sym_TILDE,
      anon_sym_uff5e,
      anon_sym_to,
  [9193] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(955), 1,
      anon_sym_RBRACE,
    ACTIONS(960), 1,
      sym__line_end,
    STATE(241), 2,
      sym_execution_amount,
      aux_sym_evaluation_source_repeat1,
    ACTIONS(957), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
  [9215] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(963), 1,
      sym_deadline,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    STATE(85), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9243] = 4,
    ACTIONS(7), 1,
      sym_comment,
    STATE(328), 1,
      sym_money_unit,
    ACTIONS(965), 4,
      anon_sym_u4e07u5143,
      anon_sym_u4ebfu5143,
      anon_sym_u5343u5143,
      anon_sym_u5143,
    ACTIONS(269), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [9263] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(911), 10,
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
  [9279] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(925), 10,
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
  [9295] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(909), 10,
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
  [9311] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(967), 10,
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
  [9327] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(969), 1,
      anon_sym_RBRACE,
    ACTIONS(971), 1,
      sym__line_end,
    STATE(239), 2,
      sym_execution_amount,
      aux_sym_evaluation_source_repeat1,
    ACTIONS(625), 6,
      anon_sym_u5e74u521du9884u7b97u6570,
      anon_sym_initial_budget,
      anon_sym_u5168u5e74u9884u7b97u6570,
      anon_sym_full_year_budget,
      anon_sym_u5168u5e74u6267u884cu6570,
      anon_sym_executed,
  [9349] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      sym__word,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(975), 1,
      sym_comparator,
    ACTIONS(977), 1,
      sym_deadline,
    STATE(55), 1,
      sym_string,
    ACTIONS(973), 2,
      sym_number,
      sym_placeholder,
    STATE(227), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9377] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      sym__word,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(981), 1,
      sym_comparator,
    ACTIONS(983), 1,
      sym_deadline,
    STATE(55), 1,
      sym_string,
    ACTIONS(979), 2,
      sym_number,
      sym_placeholder,
    STATE(238), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9405] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(475), 10,
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
  [9421] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(937), 1,
      sym__word,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(975), 1,
      sym_comparator,
    ACTIONS(985), 1,
      sym_deadline,
    STATE(55), 1,
      sym_string,
    ACTIONS(973), 2,
      sym_number,
      sym_placeholder,
    STATE(226), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9449] = 8,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(137), 1,
      sym__word,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(167), 1,
      sym_comparator,
    ACTIONS(987), 1,
      sym_deadline,
    STATE(90), 1,
      sym_string,
    ACTIONS(141), 2,
      sym_number,
      sym_placeholder,
    STATE(96), 3,
      sym__value,
      sym_value_quantity,
      sym_level,
  [9477] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(989), 2,
      anon_sym_RPAREN,
      anon_sym_uff09,
    ACTIONS(931), 4,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
    ACTIONS(933), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
  [9497] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(933), 4,
      anon_sym_u00d7,
      anon_sym_STAR,
      anon_sym_uff0a,
      anon_sym_u00f7,
    ACTIONS(909), 6,
      anon_sym_DASH,
      anon_sym_uff0d,
      anon_sym_PLUS,
      anon_sym_uff0b,
      anon_sym_RPAREN,
      anon_sym_uff09,
  [9515] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(991), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(993), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(995), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9540] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(997), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(993), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(995), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9565] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1001), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(355), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9592] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1005), 1,
      anon_sym_RBRACE,
    ACTIONS(1007), 1,
      sym__line_end,
    STATE(258), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(414), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9619] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1009), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9646] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1001), 1,
      anon_sym_RBRACE,
    ACTIONS(1011), 1,
      sym__line_end,
    STATE(267), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(355), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9673] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(1013), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(993), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(995), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9698] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(1015), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(993), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(995), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(346), 2,
      sym_indicators_text,
      sym_goal,
  [9723] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1017), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9750] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1019), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9777] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1021), 1,
      anon_sym_RBRACE,
    ACTIONS(1023), 1,
      sym__line_end,
    STATE(263), 1,
      aux_sym_document_repeat1,
    ACTIONS(993), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(995), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(406), 2,
      sym_indicators_text,
      sym_goal,
  [9802] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1017), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(376), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9829] = 8,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    ACTIONS(1025), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [9856] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1027), 1,
      anon_sym_RBRACE,
    ACTIONS(1031), 1,
      sym__line_end,
    STATE(278), 2,
      sym_dept_fund,
      aux_sym_dept_budget_repeat1,
    ACTIONS(1029), 4,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [9876] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1033), 1,
      anon_sym_RBRACE,
    ACTIONS(1038), 1,
      sym__line_end,
    STATE(270), 2,
      sym_review_field,
      aux_sym_review_repeat1,
    ACTIONS(1035), 4,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [9896] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1041), 1,
      anon_sym_RBRACE,
    ACTIONS(1045), 1,
      sym__line_end,
    STATE(277), 2,
      sym_review_field,
      aux_sym_review_repeat1,
    ACTIONS(1043), 4,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [9916] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1047), 1,
      anon_sym_RBRACE,
    ACTIONS(1052), 1,
      sym__line_end,
    STATE(272), 2,
      sym_dept_fund,
      aux_sym_dept_budget_repeat1,
    ACTIONS(1049), 4,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [9936] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1055), 1,
      anon_sym_LBRACE,
    ACTIONS(1057), 2,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
    ACTIONS(1059), 2,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
    STATE(279), 3,
      sym_requested,
      sym_previously,
      aux_sym_breakdown_repeat1,
  [9956] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1061), 1,
      anon_sym_LBRACE,
    ACTIONS(1063), 2,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
    ACTIONS(1066), 2,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
    STATE(274), 3,
      sym_requested,
      sym_previously,
      aux_sym_breakdown_repeat1,
  [9976] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    ACTIONS(993), 2,
      anon_sym_u6307u6807,
      anon_sym_indicators,
    ACTIONS(995), 2,
      anon_sym_u76eeu6807,
      anon_sym_goal,
    STATE(543), 2,
      sym_indicators_text,
      sym_goal,
  [9998] = 7,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(999), 1,
      anon_sym_DQUOTE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(280), 1,
      sym_string,
    ACTIONS(1003), 2,
      anon_sym_u5408u8ba1,
      anon_sym_total,
    STATE(571), 2,
      sym_breakdown_item,
      sym_breakdown_total,
  [10022] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1069), 1,
      anon_sym_RBRACE,
    ACTIONS(1071), 1,
      sym__line_end,
    STATE(270), 2,
      sym_review_field,
      aux_sym_review_repeat1,
    ACTIONS(1043), 4,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [10042] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1073), 1,
      anon_sym_RBRACE,
    ACTIONS(1075), 1,
      sym__line_end,
    STATE(272), 2,
      sym_dept_fund,
      aux_sym_dept_budget_repeat1,
    ACTIONS(1029), 4,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [10062] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1077), 1,
      anon_sym_LBRACE,
    ACTIONS(1057), 2,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
    ACTIONS(1059), 2,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
    STATE(274), 3,
      sym_requested,
      sym_previously,
      aux_sym_breakdown_repeat1,
  [10082] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1079), 1,
      sym_number,
    ACTIONS(1081), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(217), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10099] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1083), 1,
      sym__word,
    ACTIONS(1085), 1,
      anon_sym_DQUOTE,
    ACTIONS(1087), 1,
      anon_sym_RBRACE,
    ACTIONS(1089), 1,
      sym__line_end,
    STATE(285), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10120] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1091), 1,
      sym__word,
    ACTIONS(1093), 1,
      anon_sym_RBRACE,
    ACTIONS(1097), 1,
      sym__line_end,
    ACTIONS(1095), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    STATE(288), 2,
      sym_scoring_setting,
      aux_sym_scoring_repeat1,
  [10141] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1099), 1,
      sym__word,
    ACTIONS(1102), 1,
      anon_sym_RBRACE,
    ACTIONS(1107), 1,
      sym__line_end,
    ACTIONS(1104), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    STATE(283), 2,
      sym_scoring_setting,
      aux_sym_scoring_repeat1,
  [10162] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1110), 1,
      sym_number,
    ACTIONS(1112), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(255), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10179] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(617), 1,
      anon_sym_RBRACE,
    ACTIONS(619), 1,
      sym__line_end,
    ACTIONS(1114), 1,
      sym__word,
    ACTIONS(1117), 1,
      anon_sym_DQUOTE,
    STATE(285), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10200] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1110), 1,
      sym_number,
    ACTIONS(1112), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(246), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10217] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1083), 1,
      sym__word,
    ACTIONS(1085), 1,
      anon_sym_DQUOTE,
    ACTIONS(1120), 1,
      anon_sym_RBRACE,
    ACTIONS(1122), 1,
      sym__line_end,
    STATE(285), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10238] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1091), 1,
      sym__word,
    ACTIONS(1124), 1,
      anon_sym_RBRACE,
    ACTIONS(1126), 1,
      sym__line_end,
    ACTIONS(1095), 2,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
    STATE(283), 2,
      sym_scoring_setting,
      aux_sym_scoring_repeat1,
  [10259] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1079), 1,
      sym_number,
    ACTIONS(1081), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(218), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10276] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1110), 1,
      sym_number,
    ACTIONS(1112), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(254), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10293] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1079), 1,
      sym_number,
    ACTIONS(1081), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(231), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10310] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1110), 1,
      sym_number,
    ACTIONS(1112), 2,
      anon_sym_LPAREN,
      anon_sym_uff08,
    STATE(236), 4,
      sym__expr,
      sym_binary_expression,
      sym_parenthesized,
      sym_quantity,
  [10327] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1128), 6,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u57fau672cu652fu51fa,
      anon_sym_basic_spending,
      anon_sym_u9879u76eeu652fu51fa,
      anon_sym_project_spending,
  [10339] = 5,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1130), 1,
      sym__word,
    ACTIONS(1132), 1,
      anon_sym_DQUOTE,
    ACTIONS(1134), 2,
      anon_sym_u90e8u95e8u6574u4f53,
      anon_sym_whole_department,
    STATE(619), 2,
      sym_code,
      sym_string,
  [10357] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(1136), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(389), 1,
      sym_template,
    ACTIONS(1138), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10377] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1140), 1,
      sym__word,
    ACTIONS(1142), 1,
      anon_sym_RBRACE,
    ACTIONS(1144), 1,
      sym__line_end,
    STATE(511), 1,
      sym_code,
    STATE(309), 2,
      sym_rule_setting,
      aux_sym_rules_repeat1,
  [10397] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(1146), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1138), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10417] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1148), 1,
      sym__word,
    ACTIONS(1151), 1,
      anon_sym_RBRACE,
    ACTIONS(1153), 1,
      sym__line_end,
    STATE(511), 1,
      sym_code,
    STATE(298), 2,
      sym_rule_setting,
      aux_sym_rules_repeat1,
  [10437] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1156), 1,
      anon_sym_RBRACE,
    ACTIONS(1160), 1,
      sym__line_end,
    ACTIONS(1158), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    STATE(304), 2,
      sym_duty_project,
      aux_sym_duty_repeat1,
  [10455] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1162), 1,
      anon_sym_DQUOTE,
    ACTIONS(1165), 1,
      anon_sym_RBRACE,
    ACTIONS(1167), 1,
      sym__line_end,
    STATE(413), 1,
      sym_string,
    STATE(300), 2,
      sym_plan_row,
      aux_sym_plan_repeat1,
  [10475] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1170), 1,
      anon_sym_RBRACE,
    ACTIONS(1172), 1,
      sym__line_end,
    STATE(295), 1,
      aux_sym_document_repeat1,
    STATE(372), 1,
      sym_template,
    ACTIONS(1138), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10495] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(1174), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1138), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10515] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1176), 1,
      anon_sym_DQUOTE,
    ACTIONS(1178), 1,
      anon_sym_RBRACE,
    ACTIONS(1180), 1,
      sym__line_end,
    STATE(413), 1,
      sym_string,
    STATE(310), 2,
      sym_plan_row,
      aux_sym_plan_repeat1,
  [10535] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1182), 1,
      anon_sym_RBRACE,
    ACTIONS(1184), 1,
      sym__line_end,
    ACTIONS(1158), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    STATE(305), 2,
      sym_duty_project,
      aux_sym_duty_repeat1,
  [10553] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1186), 1,
      anon_sym_RBRACE,
    ACTIONS(1191), 1,
      sym__line_end,
    ACTIONS(1188), 2,
      anon_sym_u9879u76ee,
      anon_sym_project,
    STATE(305), 2,
      sym_duty_project,
      aux_sym_duty_repeat1,
  [10571] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(824), 1,
      anon_sym_DQUOTE,
    ACTIONS(1194), 1,
      sym__word,
    STATE(49), 1,
      sym_string,
    STATE(225), 1,
      sym_evaluation_text,
    STATE(194), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
  [10591] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1196), 6,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u5ba1u6838u4eba,
      anon_sym_reviewer,
      anon_sym_u5ba1u6838u65e5u671f,
      anon_sym_review_date,
  [10603] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    ACTIONS(1198), 1,
      anon_sym_RBRACE,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1138), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10623] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1140), 1,
      sym__word,
    ACTIONS(1200), 1,
      anon_sym_RBRACE,
    ACTIONS(1202), 1,
      sym__line_end,
    STATE(511), 1,
      sym_code,
    STATE(298), 2,
      sym_rule_setting,
      aux_sym_rules_repeat1,
  [10643] = 6,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1176), 1,
      anon_sym_DQUOTE,
    ACTIONS(1204), 1,
      anon_sym_RBRACE,
    ACTIONS(1206), 1,
      sym__line_end,
    STATE(413), 1,
      sym_string,
    STATE(300), 2,
      sym_plan_row,
      aux_sym_plan_repeat1,
  [10663] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(800), 1,
      anon_sym_DQUOTE,
    ACTIONS(1208), 1,
      sym__word,
    STATE(207), 1,
      sym_string,
    STATE(221), 1,
      sym_evaluation_text,
    STATE(188), 2,
      sym_cause_kind,
      aux_sym_cause_repeat1,
  [10683] = 6,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1210), 1,
      sym__word,
    ACTIONS(1212), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(439), 1,
      sym_code,
    STATE(616), 1,
      sym_text,
  [10702] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1216), 1,
      sym__line_end,
    ACTIONS(1214), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10715] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1218), 1,
      anon_sym_DQUOTE,
    STATE(29), 1,
      sym_text,
    STATE(68), 1,
      sym_string,
    ACTIONS(1220), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [10732] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1224), 1,
      sym__line_end,
    ACTIONS(1222), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10745] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1226), 1,
      sym_number,
    STATE(329), 1,
      sym_money,
    STATE(604), 1,
      sym_approx,
    ACTIONS(1228), 2,
      anon_sym_u7ea6,
      anon_sym_approx,
  [10762] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1079), 1,
      sym_number,
    STATE(496), 1,
      sym_approx,
    STATE(497), 1,
      sym_quantity,
    ACTIONS(1228), 2,
      anon_sym_u7ea6,
      anon_sym_approx,
  [10779] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1230), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10790] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(597), 1,
      sym_text,
    ACTIONS(1234), 2,
      anon_sym_u7248u672c,
      anon_sym_revision,
  [10807] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1083), 1,
      sym__word,
    ACTIONS(1085), 1,
      anon_sym_DQUOTE,
    STATE(287), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10822] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1083), 1,
      sym__word,
    ACTIONS(1085), 1,
      anon_sym_DQUOTE,
    STATE(281), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10837] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1238), 1,
      sym__line_end,
    ACTIONS(1236), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10850] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1240), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10861] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1244), 1,
      sym__line_end,
    ACTIONS(1242), 4,
      sym__word,
      anon_sym_RBRACE,
      anon_sym_u6267u884cu7387,
      anon_sym_execution_rate,
  [10874] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1246), 1,
      sym__continue,
    STATE(334), 1,
      aux_sym_text_repeat1,
    ACTIONS(299), 3,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [10889] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1248), 1,
      sym__continue,
    STATE(326), 1,
      aux_sym_text_repeat1,
    ACTIONS(303), 3,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [10904] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(295), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10915] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(291), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10926] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1251), 5,
      anon_sym_LBRACE,
      anon_sym_u7533u8bf7,
      anon_sym_requested,
      anon_sym_u5df2u5b89u6392,
      anon_sym_arranged_before,
  [10937] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 5,
      anon_sym_DQUOTE,
      anon_sym_LBRACE,
      sym_period_bound,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [10948] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 5,
      anon_sym_DQUOTE,
      anon_sym_LBRACE,
      sym_period_bound,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [10959] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(605), 1,
      anon_sym_DQUOTE,
    ACTIONS(1253), 1,
      sym__word,
    STATE(118), 3,
      sym_string,
      sym__word_or_string,
      aux_sym_extra_units_repeat1,
  [10974] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(536), 1,
      sym_money,
    STATE(539), 1,
      sym_approx,
    ACTIONS(1228), 2,
      anon_sym_u7ea6,
      anon_sym_approx,
  [10991] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1246), 1,
      sym__continue,
    STATE(326), 1,
      aux_sym_text_repeat1,
    ACTIONS(308), 3,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [11006] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(135), 1,
      sym__line_end,
    STATE(14), 1,
      aux_sym_document_repeat1,
    STATE(570), 1,
      sym_template,
    ACTIONS(1138), 2,
      anon_sym_u6a21u677f,
      anon_sym_template,
  [11023] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1009), 1,
      anon_sym_RBRACE,
    ACTIONS(1257), 1,
      sym__line_end,
    STATE(268), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11039] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(461), 1,
      anon_sym_RBRACE,
    ACTIONS(1259), 1,
      sym__line_end,
    STATE(80), 1,
      aux_sym_document_repeat1,
    STATE(380), 1,
      aux_sym_self_evaluation_repeat1,
  [11055] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1261), 1,
      anon_sym_RBRACE,
    ACTIONS(1263), 1,
      sym__line_end,
    STATE(12), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11071] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1266), 1,
      anon_sym_RBRACE,
    ACTIONS(1268), 1,
      sym__line_end,
    STATE(11), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11087] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_RBRACE,
    ACTIONS(1270), 1,
      sym__line_end,
    STATE(27), 1,
      aux_sym_document_repeat1,
    STATE(398), 1,
      aux_sym_document_repeat2,
  [11103] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1272), 1,
      anon_sym_RBRACE,
    ACTIONS(1274), 1,
      sym__line_end,
    STATE(40), 1,
      aux_sym_document_repeat1,
    STATE(341), 1,
      aux_sym_indicator_group_repeat1,
  [11119] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(133), 1,
      anon_sym_RBRACE,
    ACTIONS(1270), 1,
      sym__line_end,
    STATE(27), 1,
      aux_sym_document_repeat1,
    STATE(399), 1,
      aux_sym_document_repeat2,
  [11135] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1277), 1,
      anon_sym_RBRACE,
    ACTIONS(1279), 1,
      sym__line_end,
    STATE(38), 1,
      aux_sym_document_repeat1,
    STATE(341), 1,
      aux_sym_indicator_group_repeat1,
  [11151] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1281), 1,
      anon_sym_RBRACE,
    ACTIONS(1283), 1,
      sym__line_end,
    STATE(115), 1,
      aux_sym_document_repeat1,
    STATE(397), 1,
      aux_sym_department_goals_repeat1,
  [11167] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(991), 1,
      anon_sym_RBRACE,
    ACTIONS(1285), 1,
      sym__line_end,
    STATE(262), 1,
      aux_sym_document_repeat1,
    STATE(368), 1,
      aux_sym_sub_goal_repeat1,
  [11183] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(991), 1,
      anon_sym_RBRACE,
    ACTIONS(1285), 1,
      sym__line_end,
    STATE(262), 1,
      aux_sym_document_repeat1,
    STATE(369), 1,
      aux_sym_sub_goal_repeat1,
  [11199] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1287), 1,
      anon_sym_RBRACE,
    ACTIONS(1289), 1,
      sym__line_end,
    STATE(10), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11215] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(1291), 1,
      sym__word,
    STATE(101), 2,
      sym_string,
      sym__word_or_string,
  [11229] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(1291), 1,
      sym__word,
    STATE(102), 2,
      sym_string,
      sym__word_or_string,
  [11243] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(1291), 1,
      sym__word,
    STATE(103), 2,
      sym_string,
      sym__word_or_string,
  [11257] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(1291), 1,
      sym__word,
    STATE(104), 2,
      sym_string,
      sym__word_or_string,
  [11271] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(139), 1,
      anon_sym_DQUOTE,
    ACTIONS(1291), 1,
      sym__word,
    STATE(86), 2,
      sym_string,
      sym__word_or_string,
  [11285] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1293), 1,
      anon_sym_RBRACE,
    ACTIONS(1295), 1,
      sym__line_end,
    STATE(35), 1,
      aux_sym_document_repeat1,
    STATE(402), 1,
      aux_sym_indicator_group_repeat1,
  [11301] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1017), 1,
      anon_sym_RBRACE,
    ACTIONS(1297), 1,
      sym__line_end,
    STATE(260), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11317] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1017), 1,
      anon_sym_RBRACE,
    ACTIONS(1297), 1,
      sym__line_end,
    STATE(260), 1,
      aux_sym_document_repeat1,
    STATE(336), 1,
      aux_sym_breakdown_repeat2,
  [11333] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1132), 1,
      anon_sym_DQUOTE,
    ACTIONS(1210), 1,
      sym__word,
    STATE(482), 2,
      sym_code,
      sym_string,
  [11347] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1301), 1,
      anon_sym_DQUOTE2,
    STATE(408), 1,
      aux_sym_string_repeat1,
    ACTIONS(1299), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [11361] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1306), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1303), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [11375] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(303), 4,
      sym__continue,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [11385] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1308), 1,
      anon_sym_RBRACE,
    ACTIONS(1310), 1,
      sym__line_end,
    STATE(116), 1,
      aux_sym_document_repeat1,
    STATE(360), 1,
      aux_sym_department_goals_repeat1,
  [11401] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1313), 1,
      anon_sym_RBRACE,
    ACTIONS(1315), 1,
      sym__line_end,
    STATE(113), 1,
      aux_sym_document_repeat1,
    STATE(360), 1,
      aux_sym_department_goals_repeat1,
  [11417] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1317), 1,
      anon_sym_RBRACE,
    ACTIONS(1319), 1,
      sym__line_end,
    STATE(8), 1,
      aux_sym_document_repeat1,
    STATE(409), 1,
      aux_sym_project_repeat1,
  [11433] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1321), 1,
      anon_sym_RBRACE,
    ACTIONS(1323), 1,
      sym__line_end,
    STATE(106), 1,
      aux_sym_document_repeat1,
    STATE(363), 1,
      aux_sym_monitoring_repeat1,
  [11449] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(418), 1,
      anon_sym_RBRACE,
    ACTIONS(1326), 1,
      sym__line_end,
    STATE(74), 1,
      aux_sym_document_repeat1,
    STATE(363), 1,
      aux_sym_monitoring_repeat1,
  [11465] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(599), 2,
      sym_string,
      sym__word_or_string,
  [11479] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1330), 1,
      sym__word,
    STATE(383), 2,
      sym_code,
      sym_string,
  [11493] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1332), 1,
      anon_sym_RBRACE,
    ACTIONS(1334), 1,
      sym__line_end,
    STATE(97), 1,
      aux_sym_document_repeat1,
    STATE(367), 1,
      aux_sym_self_evaluation_repeat1,
  [11509] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1337), 1,
      anon_sym_RBRACE,
    ACTIONS(1339), 1,
      sym__line_end,
    STATE(275), 1,
      aux_sym_document_repeat1,
    STATE(368), 1,
      aux_sym_sub_goal_repeat1,
  [11525] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1013), 1,
      anon_sym_RBRACE,
    ACTIONS(1342), 1,
      sym__line_end,
    STATE(257), 1,
      aux_sym_document_repeat1,
    STATE(368), 1,
      aux_sym_sub_goal_repeat1,
  [11541] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(453), 1,
      anon_sym_RBRACE,
    ACTIONS(1344), 1,
      sym__line_end,
    STATE(72), 1,
      aux_sym_document_repeat1,
    STATE(367), 1,
      aux_sym_self_evaluation_repeat1,
  [11557] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(307), 2,
      sym_string,
      sym__word_or_string,
  [11571] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1136), 1,
      anon_sym_RBRACE,
    ACTIONS(1346), 1,
      sym__line_end,
    STATE(308), 1,
      aux_sym_document_repeat1,
    STATE(387), 1,
      aux_sym_library_repeat1,
  [11587] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1348), 1,
      anon_sym_RBRACE,
    ACTIONS(1350), 1,
      sym__line_end,
    STATE(7), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [11603] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1348), 1,
      anon_sym_RBRACE,
    ACTIONS(1350), 1,
      sym__line_end,
    STATE(7), 1,
      aux_sym_document_repeat1,
    STATE(339), 1,
      aux_sym_project_repeat1,
  [11619] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1352), 1,
      anon_sym_RBRACE,
    ACTIONS(1354), 1,
      sym__line_end,
    STATE(276), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11635] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1009), 1,
      anon_sym_RBRACE,
    ACTIONS(1257), 1,
      sym__line_end,
    STATE(268), 1,
      aux_sym_document_repeat1,
    STATE(385), 1,
      aux_sym_breakdown_repeat2,
  [11651] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(601), 2,
      sym_string,
      sym__word_or_string,
  [11665] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(243), 1,
      anon_sym_RBRACE,
    ACTIONS(1357), 1,
      sym__line_end,
    STATE(18), 1,
      aux_sym_document_repeat1,
    STATE(340), 1,
      aux_sym_document_repeat2,
  [11681] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1359), 4,
      anon_sym_DQUOTE,
      anon_sym_LBRACE,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [11691] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(457), 1,
      anon_sym_RBRACE,
    ACTIONS(1361), 1,
      sym__line_end,
    STATE(78), 1,
      aux_sym_document_repeat1,
    STATE(367), 1,
      aux_sym_self_evaluation_repeat1,
  [11707] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(457), 1,
      anon_sym_RBRACE,
    ACTIONS(1361), 1,
      sym__line_end,
    STATE(78), 1,
      aux_sym_document_repeat1,
    STATE(370), 1,
      aux_sym_self_evaluation_repeat1,
  [11723] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(351), 1,
      anon_sym_RBRACE,
    ACTIONS(353), 1,
      sym__line_end,
    STATE(66), 1,
      aux_sym_document_repeat1,
    STATE(388), 1,
      aux_sym_template_repeat2,
  [11739] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1363), 4,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u9879u76ee,
      anon_sym_project,
  [11749] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(459), 1,
      anon_sym_RBRACE,
    ACTIONS(1365), 1,
      sym__line_end,
    STATE(79), 1,
      aux_sym_document_repeat1,
    STATE(396), 1,
      aux_sym_monitoring_repeat1,
  [11765] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1025), 1,
      anon_sym_RBRACE,
    ACTIONS(1367), 1,
      sym__line_end,
    STATE(265), 1,
      aux_sym_document_repeat1,
    STATE(375), 1,
      aux_sym_breakdown_repeat2,
  [11781] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(370), 1,
      anon_sym_RBRACE,
    ACTIONS(1369), 1,
      sym__line_end,
    STATE(67), 1,
      aux_sym_document_repeat1,
    STATE(388), 1,
      aux_sym_template_repeat2,
  [11797] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1198), 1,
      anon_sym_RBRACE,
    ACTIONS(1371), 1,
      sym__line_end,
    STATE(297), 1,
      aux_sym_document_repeat1,
    STATE(417), 1,
      aux_sym_library_repeat1,
  [11813] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(451), 1,
      anon_sym_RBRACE,
    ACTIONS(1373), 1,
      sym__line_end,
    STATE(77), 1,
      aux_sym_document_repeat1,
    STATE(388), 1,
      aux_sym_template_repeat2,
  [11829] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1198), 1,
      anon_sym_RBRACE,
    ACTIONS(1371), 1,
      sym__line_end,
    STATE(297), 1,
      aux_sym_document_repeat1,
    STATE(418), 1,
      aux_sym_library_repeat1,
  [11845] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1359), 4,
      sym__line_end,
      anon_sym_RBRACE,
      anon_sym_u9879u76ee,
      anon_sym_project,
  [11855] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 4,
      sym__continue,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [11865] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(509), 2,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
    ACTIONS(511), 2,
      sym__line_end,
      sym__word,
  [11877] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(144), 2,
      sym_string,
      sym__word_or_string,
  [11891] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(145), 2,
      sym_string,
      sym__word_or_string,
  [11905] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(146), 2,
      sym_string,
      sym__word_or_string,
  [11919] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(455), 1,
      anon_sym_RBRACE,
    ACTIONS(1376), 1,
      sym__line_end,
    STATE(73), 1,
      aux_sym_document_repeat1,
    STATE(363), 1,
      aux_sym_monitoring_repeat1,
  [11935] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1378), 1,
      anon_sym_RBRACE,
    ACTIONS(1380), 1,
      sym__line_end,
    STATE(112), 1,
      aux_sym_document_repeat1,
    STATE(360), 1,
      aux_sym_department_goals_repeat1,
  [11951] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1382), 1,
      anon_sym_RBRACE,
    ACTIONS(1384), 1,
      sym__line_end,
    STATE(33), 1,
      aux_sym_document_repeat1,
    STATE(398), 1,
      aux_sym_document_repeat2,
  [11967] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(245), 1,
      anon_sym_RBRACE,
    ACTIONS(1387), 1,
      sym__line_end,
    STATE(21), 1,
      aux_sym_document_repeat1,
    STATE(398), 1,
      aux_sym_document_repeat2,
  [11983] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1378), 1,
      anon_sym_RBRACE,
    ACTIONS(1380), 1,
      sym__line_end,
    STATE(112), 1,
      aux_sym_document_repeat1,
    STATE(361), 1,
      aux_sym_department_goals_repeat1,
  [11999] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(455), 1,
      anon_sym_RBRACE,
    ACTIONS(1376), 1,
      sym__line_end,
    STATE(73), 1,
      aux_sym_document_repeat1,
    STATE(364), 1,
      aux_sym_monitoring_repeat1,
  [12015] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1389), 1,
      anon_sym_RBRACE,
    ACTIONS(1391), 1,
      sym__line_end,
    STATE(36), 1,
      aux_sym_document_repeat1,
    STATE(341), 1,
      aux_sym_indicator_group_repeat1,
  [12031] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(1393), 1,
      sym_period_bound,
    STATE(535), 2,
      sym_string,
      sym_period_range,
  [12045] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1389), 1,
      anon_sym_RBRACE,
    ACTIONS(1391), 1,
      sym__line_end,
    STATE(36), 1,
      aux_sym_document_repeat1,
    STATE(343), 1,
      aux_sym_indicator_group_repeat1,
  [12061] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1328), 1,
      sym__word,
    STATE(547), 2,
      sym_string,
      sym__word_or_string,
  [12075] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1015), 1,
      anon_sym_RBRACE,
    ACTIONS(1395), 1,
      sym__line_end,
    STATE(256), 1,
      aux_sym_document_repeat1,
    STATE(345), 1,
      aux_sym_sub_goal_repeat1,
  [12091] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1397), 1,
      anon_sym_RBRACE,
    ACTIONS(1399), 1,
      sym__line_end,
    STATE(5), 1,
      aux_sym_document_repeat1,
    STATE(373), 1,
      aux_sym_project_repeat1,
  [12107] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1403), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12121] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1405), 1,
      anon_sym_RBRACE,
    ACTIONS(1407), 1,
      sym__line_end,
    STATE(9), 1,
      aux_sym_document_repeat1,
    STATE(338), 1,
      aux_sym_project_repeat1,
  [12137] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1405), 1,
      anon_sym_RBRACE,
    ACTIONS(1407), 1,
      sym__line_end,
    STATE(9), 1,
      aux_sym_document_repeat1,
    STATE(347), 1,
      aux_sym_project_repeat1,
  [12153] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(95), 2,
      sym__line_end,
      sym__word,
    ACTIONS(463), 2,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [12165] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(97), 2,
      sym__line_end,
      sym__word,
    ACTIONS(396), 2,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [12177] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    ACTIONS(1393), 1,
      sym_period_bound,
    STATE(448), 2,
      sym_string,
      sym_period_range,
  [12191] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1001), 1,
      anon_sym_RBRACE,
    ACTIONS(1409), 1,
      sym__line_end,
    STATE(264), 1,
      aux_sym_document_repeat1,
    STATE(354), 1,
      aux_sym_breakdown_repeat2,
  [12207] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1413), 1,
      anon_sym_DQUOTE2,
    STATE(416), 1,
      aux_sym_string_repeat1,
    ACTIONS(1411), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12221] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1415), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12235] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1417), 1,
      anon_sym_RBRACE,
    ACTIONS(1419), 1,
      sym__line_end,
    STATE(335), 1,
      aux_sym_document_repeat1,
    STATE(417), 1,
      aux_sym_library_repeat1,
  [12251] = 5,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1146), 1,
      anon_sym_RBRACE,
    ACTIONS(1422), 1,
      sym__line_end,
    STATE(302), 1,
      aux_sym_document_repeat1,
    STATE(417), 1,
      aux_sym_library_repeat1,
  [12267] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1426), 1,
      anon_sym_DQUOTE2,
    STATE(420), 1,
      aux_sym_string_repeat1,
    ACTIONS(1424), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12281] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1428), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12295] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1432), 1,
      anon_sym_DQUOTE2,
    STATE(422), 1,
      aux_sym_string_repeat1,
    ACTIONS(1430), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12309] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1434), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12323] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1438), 1,
      anon_sym_DQUOTE2,
    STATE(424), 1,
      aux_sym_string_repeat1,
    ACTIONS(1436), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12337] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1440), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12351] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1444), 1,
      anon_sym_DQUOTE2,
    STATE(426), 1,
      aux_sym_string_repeat1,
    ACTIONS(1442), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12365] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1446), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12379] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1450), 1,
      anon_sym_DQUOTE2,
    STATE(428), 1,
      aux_sym_string_repeat1,
    ACTIONS(1448), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12393] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1452), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12407] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1456), 1,
      anon_sym_DQUOTE2,
    STATE(430), 1,
      aux_sym_string_repeat1,
    ACTIONS(1454), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12421] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1458), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12435] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1462), 1,
      anon_sym_DQUOTE2,
    STATE(432), 1,
      aux_sym_string_repeat1,
    ACTIONS(1460), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12449] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1464), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12463] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1468), 1,
      anon_sym_DQUOTE2,
    STATE(434), 1,
      aux_sym_string_repeat1,
    ACTIONS(1466), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12477] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1470), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12491] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1474), 1,
      anon_sym_DQUOTE2,
    STATE(436), 1,
      aux_sym_string_repeat1,
    ACTIONS(1472), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12505] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1476), 1,
      anon_sym_DQUOTE2,
    STATE(358), 1,
      aux_sym_string_repeat1,
    ACTIONS(1401), 2,
      aux_sym_string_token1,
      sym_escape_sequence,
  [12519] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 4,
      sym__continue,
      anon_sym_DQUOTE,
      sym_number,
      anon_sym_LBRACE,
  [12529] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1478), 1,
      anon_sym_DQUOTE,
    STATE(49), 1,
      sym_string,
    STATE(117), 1,
      sym_evaluation_text,
  [12542] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(630), 1,
      sym_text,
  [12555] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(631), 1,
      sym_text,
  [12568] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(442), 1,
      sym_text,
  [12581] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(456), 1,
      sym_text,
  [12594] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1482), 1,
      anon_sym_LBRACE,
    ACTIONS(1484), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12605] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1486), 1,
      anon_sym_LBRACE,
    ACTIONS(1488), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12616] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(517), 1,
      sym_text,
  [12629] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(545), 1,
      sym_text,
  [12642] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1478), 1,
      anon_sym_DQUOTE,
    STATE(49), 1,
      sym_string,
    STATE(229), 1,
      sym_evaluation_text,
  [12655] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1490), 3,
      sym__line_end,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [12664] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(592), 1,
      sym_text,
  [12677] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(501), 1,
      sym_text,
  [12690] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(590), 1,
      sym_text,
  [12703] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(613), 1,
      sym_text,
  [12716] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1218), 1,
      anon_sym_DQUOTE,
    STATE(30), 1,
      sym_text,
    STATE(68), 1,
      sym_string,
  [12729] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(591), 1,
      sym_text,
  [12742] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(519), 1,
      sym_text,
  [12755] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1492), 1,
      anon_sym_LBRACE,
    ACTIONS(1494), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12766] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1478), 1,
      anon_sym_DQUOTE,
    STATE(49), 1,
      sym_string,
    STATE(581), 1,
      sym_evaluation_text,
  [12779] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(553), 1,
      sym_text,
  [12792] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(95), 3,
      sym_number,
      anon_sym_LPAREN,
      anon_sym_uff08,
  [12801] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(97), 3,
      sym_number,
      anon_sym_LPAREN,
      anon_sym_uff08,
  [12810] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(529), 1,
      sym_text,
  [12823] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(533), 1,
      sym_text,
  [12836] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1498), 1,
      anon_sym_RBRACE,
    ACTIONS(1496), 2,
      sym__line_end,
      sym__word,
  [12847] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1218), 1,
      anon_sym_DQUOTE,
    STATE(68), 1,
      sym_string,
    STATE(91), 1,
      sym_text,
  [12860] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(143), 1,
      sym_text,
  [12873] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1500), 1,
      sym__word,
    ACTIONS(1502), 2,
      sym_number,
      sym_percent,
  [12884] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1504), 1,
      anon_sym_DQUOTE,
    STATE(207), 1,
      sym_string,
    STATE(222), 1,
      sym_evaluation_text,
  [12897] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1506), 1,
      anon_sym_LBRACE,
    ACTIONS(1508), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [12908] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1510), 1,
      sym__word,
    ACTIONS(1512), 2,
      sym_number,
      sym_percent,
  [12919] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1516), 1,
      anon_sym_RBRACE,
    ACTIONS(1514), 2,
      sym__line_end,
      sym__word,
  [12930] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(623), 1,
      sym_text,
  [12943] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(488), 1,
      sym_text,
  [12956] = 4,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(939), 1,
      anon_sym_DQUOTE,
    ACTIONS(1518), 1,
      sym__word,
    STATE(137), 1,
      sym_string,
  [12969] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(556), 1,
      sym_text,
  [12982] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(596), 1,
      sym_text,
  [12995] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(174), 1,
      sym_text,
  [13008] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(138), 1,
      sym_text,
  [13021] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(449), 1,
      sym_text,
  [13034] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1520), 1,
      anon_sym_LBRACE,
    ACTIONS(1522), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13045] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1218), 1,
      anon_sym_DQUOTE,
    STATE(22), 1,
      sym_text,
    STATE(68), 1,
      sym_string,
  [13058] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(325), 1,
      sym_string,
    STATE(618), 1,
      sym_text,
  [13071] = 3,
    ACTIONS(7), 1,
      sym_comment,
    STATE(609), 1,
      sym_as_of,
    ACTIONS(1524), 2,
      anon_sym_u622au81f3,
      anon_sym_as_of,
  [13082] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1526), 3,
      sym__line_end,
      anon_sym_DQUOTE,
      anon_sym_RBRACE,
  [13091] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(515), 1,
      sym_text,
  [13104] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(525), 1,
      sym_text,
  [13117] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(43), 1,
      sym_string,
    STATE(528), 1,
      sym_text,
  [13130] = 4,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1218), 1,
      anon_sym_DQUOTE,
    STATE(68), 1,
      sym_string,
    STATE(100), 1,
      sym_text,
  [13143] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1528), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13151] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1530), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13159] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1514), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13167] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1532), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13175] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1534), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13183] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1536), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13191] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1538), 1,
      sym__word,
    STATE(228), 1,
      sym_level,
  [13201] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(165), 1,
      sym_money,
  [13211] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1079), 1,
      sym_number,
    STATE(506), 1,
      sym_quantity,
  [13221] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1540), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13229] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1542), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13237] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1544), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13245] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(220), 1,
      sym_money,
  [13255] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1546), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13263] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1548), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13271] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1550), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13279] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1552), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13287] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1554), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13295] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1556), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13303] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1558), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13311] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1321), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13319] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1560), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13327] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1562), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13335] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1564), 1,
      sym__word,
    STATE(463), 1,
      sym_setting,
  [13345] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1566), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13353] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1568), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13361] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1570), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13369] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1572), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13377] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1574), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13385] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(489), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13393] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1576), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13401] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1578), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13409] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1580), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13417] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1582), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13425] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1584), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13433] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1586), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13441] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1588), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13449] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1590), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13457] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(134), 1,
      sym_money,
  [13467] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1592), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13475] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1594), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13483] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1596), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13491] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(443), 1,
      sym_money,
  [13501] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1382), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13509] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1332), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13517] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1598), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13525] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1600), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13533] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1602), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13541] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1604), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13549] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1606), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13557] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(468), 1,
      sym_money,
  [13567] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(562), 1,
      sym_money,
  [13577] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1330), 1,
      sym__word,
    STATE(524), 1,
      sym_code,
  [13587] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(479), 1,
      sym_money,
  [13597] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1608), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13605] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1337), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13613] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1610), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13621] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1612), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13629] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1614), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13637] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1616), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13645] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1618), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13653] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1620), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13661] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(293), 1,
      sym_money,
  [13671] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1261), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13679] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1622), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13687] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1624), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13695] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1226), 1,
      sym_number,
    STATE(318), 1,
      sym_money,
  [13705] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1626), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13713] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1628), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13721] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1630), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13729] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1210), 1,
      sym__word,
    STATE(476), 1,
      sym_code,
  [13739] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1632), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13747] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1176), 1,
      anon_sym_DQUOTE,
    STATE(475), 1,
      sym_string,
  [13757] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1480), 1,
      anon_sym_DQUOTE,
    STATE(359), 1,
      sym_string,
  [13767] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1634), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13775] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1636), 1,
      sym__word,
    STATE(491), 1,
      sym_setting,
  [13785] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1636), 1,
      sym__word,
    STATE(503), 1,
      sym_setting,
  [13795] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1638), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13803] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1640), 2,
      anon_sym_PERCENT,
      anon_sym_uff05,
  [13811] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1642), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13819] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1644), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13827] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1646), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13835] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1417), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13843] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1352), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13851] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(376), 1,
      anon_sym_DQUOTE,
    STATE(180), 1,
      sym_string,
  [13861] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1648), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13869] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1650), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13877] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1272), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13885] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1652), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13893] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1636), 1,
      sym__word,
    STATE(514), 1,
      sym_setting,
  [13903] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1232), 1,
      anon_sym_DQUOTE,
    STATE(47), 1,
      sym_string,
  [13913] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1210), 1,
      sym__word,
    STATE(445), 1,
      sym_code,
  [13923] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1654), 2,
      sym_number,
      sym_placeholder,
  [13931] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1656), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13939] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1504), 1,
      anon_sym_DQUOTE,
    STATE(213), 1,
      sym_string,
  [13949] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1658), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13957] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1660), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [13965] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1662), 2,
      sym_number,
      sym_placeholder,
  [13973] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1218), 1,
      anon_sym_DQUOTE,
    STATE(83), 1,
      sym_string,
  [13983] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1664), 2,
      sym_number,
      sym_placeholder,
  [13991] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1478), 1,
      anon_sym_DQUOTE,
    STATE(57), 1,
      sym_string,
  [14001] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1666), 2,
      sym_number,
      sym_placeholder,
  [14009] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1668), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14017] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1670), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14025] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1255), 1,
      sym_number,
    STATE(444), 1,
      sym_money,
  [14035] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1672), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14043] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1674), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14051] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1676), 2,
      sym_number,
      anon_sym_LBRACE,
  [14059] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1678), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14067] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1680), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14075] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1308), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14083] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1682), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14091] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1684), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14099] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1686), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14107] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1688), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14115] = 3,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1210), 1,
      sym__word,
    STATE(464), 1,
      sym_code,
  [14125] = 3,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1226), 1,
      sym_number,
    STATE(323), 1,
      sym_money,
  [14135] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1690), 2,
      sym__line_end,
      anon_sym_RBRACE,
  [14143] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1692), 1,
      sym_percent,
  [14150] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1694), 1,
      sym_number,
  [14157] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1696), 1,
      ts_builtin_sym_end,
  [14164] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1698), 1,
      anon_sym_LBRACE,
  [14171] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1700), 1,
      sym_number,
  [14178] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1702), 1,
      anon_sym_LBRACE,
  [14185] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1704), 1,
      sym_period_bound,
  [14192] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1706), 1,
      anon_sym_LBRACE,
  [14199] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1708), 1,
      anon_sym_LBRACE,
  [14206] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1710), 1,
      sym_period_bound,
  [14213] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1712), 1,
      anon_sym_LBRACE,
  [14220] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1714), 1,
      anon_sym_LBRACE,
  [14227] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1716), 1,
      anon_sym_LBRACE,
  [14234] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1718), 1,
      anon_sym_LBRACE,
  [14241] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1720), 1,
      anon_sym_LBRACE,
  [14248] = 2,
    ACTIONS(3), 1,
      sym_comment,
    ACTIONS(1359), 1,
      sym__word,
  [14255] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1722), 1,
      anon_sym_LBRACE,
  [14262] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1724), 1,
      anon_sym_LBRACE,
  [14269] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1726), 1,
      anon_sym_LBRACE,
  [14276] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1728), 1,
      sym_number,
  [14283] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1730), 1,
      sym_number,
  [14290] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1732), 1,
      anon_sym_LBRACE,
  [14297] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1734), 1,
      anon_sym_LBRACE,
  [14304] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1736), 1,
      sym_number,
  [14311] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1738), 1,
      anon_sym_LBRACE,
  [14318] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1740), 1,
      anon_sym_LBRACE,
  [14325] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1742), 1,
      anon_sym_LBRACE,
  [14332] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1744), 1,
      sym_number,
  [14339] = 2,
    ACTIONS(7), 1,
      sym_comment,
    ACTIONS(1746), 1,
      anon_sym_LBRACE,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(15)] = 0,
  [SMALL_STATE(16)] = 64,
  [SMALL_STATE(17)] = 128,
  [SMALL_STATE(18)] = 219,
  [SMALL_STATE(19)] = 310,
  [SMALL_STATE(20)] = 405,
  [SMALL_STATE(21)] = 500,
  [SMALL_STATE(22)] = 591,
  [SMALL_STATE(23)] = 686,
  [SMALL_STATE(24)] = 781,
  [SMALL_STATE(25)] = 876,
  [SMALL_STATE(26)] = 971,
  [SMALL_STATE(27)] = 1062,
  [SMALL_STATE(28)] = 1153,
  [SMALL_STATE(29)] = 1248,
  [SMALL_STATE(30)] = 1343,
  [SMALL_STATE(31)] = 1438,
  [SMALL_STATE(32)] = 1533,
  [SMALL_STATE(33)] = 1628,
  [SMALL_STATE(34)] = 1716,
  [SMALL_STATE(35)] = 1774,
  [SMALL_STATE(36)] = 1858,
  [SMALL_STATE(37)] = 1942,
  [SMALL_STATE(38)] = 2026,
  [SMALL_STATE(39)] = 2110,
  [SMALL_STATE(40)] = 2194,
  [SMALL_STATE(41)] = 2275,
  [SMALL_STATE(42)] = 2324,
  [SMALL_STATE(43)] = 2373,
  [SMALL_STATE(44)] = 2423,
  [SMALL_STATE(45)] = 2473,
  [SMALL_STATE(46)] = 2523,
  [SMALL_STATE(47)] = 2568,
  [SMALL_STATE(48)] = 2613,
  [SMALL_STATE(49)] = 2658,
  [SMALL_STATE(50)] = 2704,
  [SMALL_STATE(51)] = 2746,
  [SMALL_STATE(52)] = 2792,
  [SMALL_STATE(53)] = 2838,
  [SMALL_STATE(54)] = 2880,
  [SMALL_STATE(55)] = 2922,
  [SMALL_STATE(56)] = 2964,
  [SMALL_STATE(57)] = 3005,
  [SMALL_STATE(58)] = 3046,
  [SMALL_STATE(59)] = 3087,
  [SMALL_STATE(60)] = 3152,
  [SMALL_STATE(61)] = 3217,
  [SMALL_STATE(62)] = 3261,
  [SMALL_STATE(63)] = 3305,
  [SMALL_STATE(64)] = 3367,
  [SMALL_STATE(65)] = 3429,
  [SMALL_STATE(66)] = 3491,
  [SMALL_STATE(67)] = 3553,
  [SMALL_STATE(68)] = 3615,
  [SMALL_STATE(69)] = 3659,
  [SMALL_STATE(70)] = 3722,
  [SMALL_STATE(71)] = 3761,
  [SMALL_STATE(72)] = 3826,
  [SMALL_STATE(73)] = 3889,
  [SMALL_STATE(74)] = 3954,
  [SMALL_STATE(75)] = 4019,
  [SMALL_STATE(76)] = 4076,
  [SMALL_STATE(77)] = 4133,
  [SMALL_STATE(78)] = 4192,
  [SMALL_STATE(79)] = 4255,
  [SMALL_STATE(80)] = 4320,
  [SMALL_STATE(81)] = 4383,
  [SMALL_STATE(82)] = 4448,
  [SMALL_STATE(83)] = 4511,
  [SMALL_STATE(84)] = 4550,
  [SMALL_STATE(85)] = 4589,
  [SMALL_STATE(86)] = 4627,
  [SMALL_STATE(87)] = 4665,
  [SMALL_STATE(88)] = 4703,
  [SMALL_STATE(89)] = 4741,
  [SMALL_STATE(90)] = 4781,
  [SMALL_STATE(91)] = 4819,
  [SMALL_STATE(92)] = 4857,
  [SMALL_STATE(93)] = 4895,
  [SMALL_STATE(94)] = 4935,
  [SMALL_STATE(95)] = 4973,
  [SMALL_STATE(96)] = 5011,
  [SMALL_STATE(97)] = 5049,
  [SMALL_STATE(98)] = 5109,
  [SMALL_STATE(99)] = 5147,
  [SMALL_STATE(100)] = 5185,
  [SMALL_STATE(101)] = 5223,
  [SMALL_STATE(102)] = 5261,
  [SMALL_STATE(103)] = 5299,
  [SMALL_STATE(104)] = 5337,
  [SMALL_STATE(105)] = 5375,
  [SMALL_STATE(106)] = 5413,
  [SMALL_STATE(107)] = 5475,
  [SMALL_STATE(108)] = 5513,
  [SMALL_STATE(109)] = 5567,
  [SMALL_STATE(110)] = 5621,
  [SMALL_STATE(111)] = 5659,
  [SMALL_STATE(112)] = 5714,
  [SMALL_STATE(113)] = 5769,
  [SMALL_STATE(114)] = 5824,
  [SMALL_STATE(115)] = 5879,
  [SMALL_STATE(116)] = 5934,
  [SMALL_STATE(117)] = 5986,
  [SMALL_STATE(118)] = 6018,
  [SMALL_STATE(119)] = 6057,
  [SMALL_STATE(120)] = 6096,
  [SMALL_STATE(121)] = 6136,
  [SMALL_STATE(122)] = 6176,
  [SMALL_STATE(123)] = 6216,
  [SMALL_STATE(124)] = 6246,
  [SMALL_STATE(125)] = 6276,
  [SMALL_STATE(126)] = 6306,
  [SMALL_STATE(127)] = 6336,
  [SMALL_STATE(128)] = 6367,
  [SMALL_STATE(129)] = 6398,
  [SMALL_STATE(130)] = 6429,
  [SMALL_STATE(131)] = 6461,
  [SMALL_STATE(132)] = 6487,
  [SMALL_STATE(133)] = 6519,
  [SMALL_STATE(134)] = 6551,
  [SMALL_STATE(135)] = 6577,
  [SMALL_STATE(136)] = 6603,
  [SMALL_STATE(137)] = 6629,
  [SMALL_STATE(138)] = 6655,
  [SMALL_STATE(139)] = 6681,
  [SMALL_STATE(140)] = 6707,
  [SMALL_STATE(141)] = 6733,
  [SMALL_STATE(142)] = 6765,
  [SMALL_STATE(143)] = 6797,
  [SMALL_STATE(144)] = 6823,
  [SMALL_STATE(145)] = 6849,
  [SMALL_STATE(146)] = 6875,
  [SMALL_STATE(147)] = 6901,
  [SMALL_STATE(148)] = 6938,
  [SMALL_STATE(149)] = 6975,
  [SMALL_STATE(150)] = 7012,
  [SMALL_STATE(151)] = 7049,
  [SMALL_STATE(152)] = 7073,
  [SMALL_STATE(153)] = 7105,
  [SMALL_STATE(154)] = 7129,
  [SMALL_STATE(155)] = 7153,
  [SMALL_STATE(156)] = 7177,
  [SMALL_STATE(157)] = 7201,
  [SMALL_STATE(158)] = 7225,
  [SMALL_STATE(159)] = 7249,
  [SMALL_STATE(160)] = 7273,
  [SMALL_STATE(161)] = 7297,
  [SMALL_STATE(162)] = 7321,
  [SMALL_STATE(163)] = 7345,
  [SMALL_STATE(164)] = 7369,
  [SMALL_STATE(165)] = 7393,
  [SMALL_STATE(166)] = 7417,
  [SMALL_STATE(167)] = 7441,
  [SMALL_STATE(168)] = 7465,
  [SMALL_STATE(169)] = 7489,
  [SMALL_STATE(170)] = 7513,
  [SMALL_STATE(171)] = 7537,
  [SMALL_STATE(172)] = 7561,
  [SMALL_STATE(173)] = 7585,
  [SMALL_STATE(174)] = 7613,
  [SMALL_STATE(175)] = 7637,
  [SMALL_STATE(176)] = 7661,
  [SMALL_STATE(177)] = 7685,
  [SMALL_STATE(178)] = 7709,
  [SMALL_STATE(179)] = 7733,
  [SMALL_STATE(180)] = 7757,
  [SMALL_STATE(181)] = 7781,
  [SMALL_STATE(182)] = 7805,
  [SMALL_STATE(183)] = 7829,
  [SMALL_STATE(184)] = 7853,
  [SMALL_STATE(185)] = 7877,
  [SMALL_STATE(186)] = 7901,
  [SMALL_STATE(187)] = 7925,
  [SMALL_STATE(188)] = 7949,
  [SMALL_STATE(189)] = 7985,
  [SMALL_STATE(190)] = 8017,
  [SMALL_STATE(191)] = 8041,
  [SMALL_STATE(192)] = 8073,
  [SMALL_STATE(193)] = 8097,
  [SMALL_STATE(194)] = 8121,
  [SMALL_STATE(195)] = 8157,
  [SMALL_STATE(196)] = 8189,
  [SMALL_STATE(197)] = 8217,
  [SMALL_STATE(198)] = 8249,
  [SMALL_STATE(199)] = 8277,
  [SMALL_STATE(200)] = 8309,
  [SMALL_STATE(201)] = 8341,
  [SMALL_STATE(202)] = 8373,
  [SMALL_STATE(203)] = 8405,
  [SMALL_STATE(204)] = 8437,
  [SMALL_STATE(205)] = 8458,
  [SMALL_STATE(206)] = 8480,
  [SMALL_STATE(207)] = 8504,
  [SMALL_STATE(208)] = 8528,
  [SMALL_STATE(209)] = 8552,
  [SMALL_STATE(210)] = 8574,
  [SMALL_STATE(211)] = 8596,
  [SMALL_STATE(212)] = 8619,
  [SMALL_STATE(213)] = 8638,
  [SMALL_STATE(214)] = 8657,
  [SMALL_STATE(215)] = 8680,
  [SMALL_STATE(216)] = 8703,
  [SMALL_STATE(217)] = 8722,
  [SMALL_STATE(218)] = 8746,
  [SMALL_STATE(219)] = 8764,
  [SMALL_STATE(220)] = 8782,
  [SMALL_STATE(221)] = 8800,
  [SMALL_STATE(222)] = 8818,
  [SMALL_STATE(223)] = 8836,
  [SMALL_STATE(224)] = 8854,
  [SMALL_STATE(225)] = 8872,
  [SMALL_STATE(226)] = 8890,
  [SMALL_STATE(227)] = 8908,
  [SMALL_STATE(228)] = 8926,
  [SMALL_STATE(229)] = 8944,
  [SMALL_STATE(230)] = 8962,
  [SMALL_STATE(231)] = 8980,
  [SMALL_STATE(232)] = 9000,
  [SMALL_STATE(233)] = 9019,
  [SMALL_STATE(234)] = 9040,
  [SMALL_STATE(235)] = 9061,
  [SMALL_STATE(236)] = 9089,
  [SMALL_STATE(237)] = 9109,
  [SMALL_STATE(238)] = 9137,
  [SMALL_STATE(239)] = 9153,
  [SMALL_STATE(240)] = 9175,
  [SMALL_STATE(241)] = 9193,
  [SMALL_STATE(242)] = 9215,
  [SMALL_STATE(243)] = 9243,
  [SMALL_STATE(244)] = 9263,
  [SMALL_STATE(245)] = 9279,
  [SMALL_STATE(246)] = 9295,
  [SMALL_STATE(247)] = 9311,
  [SMALL_STATE(248)] = 9327,
  [SMALL_STATE(249)] = 9349,
  [SMALL_STATE(250)] = 9377,
  [SMALL_STATE(251)] = 9405,
  [SMALL_STATE(252)] = 9421,
  [SMALL_STATE(253)] = 9449,
  [SMALL_STATE(254)] = 9477,
  [SMALL_STATE(255)] = 9497,
  [SMALL_STATE(256)] = 9515,
  [SMALL_STATE(257)] = 9540,
  [SMALL_STATE(258)] = 9565,
  [SMALL_STATE(259)] = 9592,
  [SMALL_STATE(260)] = 9619,
  [SMALL_STATE(261)] = 9646,
  [SMALL_STATE(262)] = 9673,
  [SMALL_STATE(263)] = 9698,
  [SMALL_STATE(264)] = 9723,
  [SMALL_STATE(265)] = 9750,
  [SMALL_STATE(266)] = 9777,
  [SMALL_STATE(267)] = 9802,
  [SMALL_STATE(268)] = 9829,
  [SMALL_STATE(269)] = 9856,
  [SMALL_STATE(270)] = 9876,
  [SMALL_STATE(271)] = 9896,
  [SMALL_STATE(272)] = 9916,
  [SMALL_STATE(273)] = 9936,
  [SMALL_STATE(274)] = 9956,
  [SMALL_STATE(275)] = 9976,
  [SMALL_STATE(276)] = 9998,
  [SMALL_STATE(277)] = 10022,
  [SMALL_STATE(278)] = 10042,
  [SMALL_STATE(279)] = 10062,
  [SMALL_STATE(280)] = 10082,
  [SMALL_STATE(281)] = 10099,
  [SMALL_STATE(282)] = 10120,
  [SMALL_STATE(283)] = 10141,
  [SMALL_STATE(284)] = 10162,
  [SMALL_STATE(285)] = 10179,
  [SMALL_STATE(286)] = 10200,
  [SMALL_STATE(287)] = 10217,
  [SMALL_STATE(288)] = 10238,
  [SMALL_STATE(289)] = 10259,
  [SMALL_STATE(290)] = 10276,
  [SMALL_STATE(291)] = 10293,
  [SMALL_STATE(292)] = 10310,
  [SMALL_STATE(293)] = 10327,
  [SMALL_STATE(294)] = 10339,
  [SMALL_STATE(295)] = 10357,
  [SMALL_STATE(296)] = 10377,
  [SMALL_STATE(297)] = 10397,
  [SMALL_STATE(298)] = 10417,
  [SMALL_STATE(299)] = 10437,
  [SMALL_STATE(300)] = 10455,
  [SMALL_STATE(301)] = 10475,
  [SMALL_STATE(302)] = 10495,
  [SMALL_STATE(303)] = 10515,
  [SMALL_STATE(304)] = 10535,
  [SMALL_STATE(305)] = 10553,
  [SMALL_STATE(306)] = 10571,
  [SMALL_STATE(307)] = 10591,
  [SMALL_STATE(308)] = 10603,
  [SMALL_STATE(309)] = 10623,
  [SMALL_STATE(310)] = 10643,
  [SMALL_STATE(311)] = 10663,
  [SMALL_STATE(312)] = 10683,
  [SMALL_STATE(313)] = 10702,
  [SMALL_STATE(314)] = 10715,
  [SMALL_STATE(315)] = 10732,
  [SMALL_STATE(316)] = 10745,
  [SMALL_STATE(317)] = 10762,
  [SMALL_STATE(318)] = 10779,
  [SMALL_STATE(319)] = 10790,
  [SMALL_STATE(320)] = 10807,
  [SMALL_STATE(321)] = 10822,
  [SMALL_STATE(322)] = 10837,
  [SMALL_STATE(323)] = 10850,
  [SMALL_STATE(324)] = 10861,
  [SMALL_STATE(325)] = 10874,
  [SMALL_STATE(326)] = 10889,
  [SMALL_STATE(327)] = 10904,
  [SMALL_STATE(328)] = 10915,
  [SMALL_STATE(329)] = 10926,
  [SMALL_STATE(330)] = 10937,
  [SMALL_STATE(331)] = 10948,
  [SMALL_STATE(332)] = 10959,
  [SMALL_STATE(333)] = 10974,
  [SMALL_STATE(334)] = 10991,
  [SMALL_STATE(335)] = 11006,
  [SMALL_STATE(336)] = 11023,
  [SMALL_STATE(337)] = 11039,
  [SMALL_STATE(338)] = 11055,
  [SMALL_STATE(339)] = 11071,
  [SMALL_STATE(340)] = 11087,
  [SMALL_STATE(341)] = 11103,
  [SMALL_STATE(342)] = 11119,
  [SMALL_STATE(343)] = 11135,
  [SMALL_STATE(344)] = 11151,
  [SMALL_STATE(345)] = 11167,
  [SMALL_STATE(346)] = 11183,
  [SMALL_STATE(347)] = 11199,
  [SMALL_STATE(348)] = 11215,
  [SMALL_STATE(349)] = 11229,
  [SMALL_STATE(350)] = 11243,
  [SMALL_STATE(351)] = 11257,
  [SMALL_STATE(352)] = 11271,
  [SMALL_STATE(353)] = 11285,
  [SMALL_STATE(354)] = 11301,
  [SMALL_STATE(355)] = 11317,
  [SMALL_STATE(356)] = 11333,
  [SMALL_STATE(357)] = 11347,
  [SMALL_STATE(358)] = 11361,
  [SMALL_STATE(359)] = 11375,
  [SMALL_STATE(360)] = 11385,
  [SMALL_STATE(361)] = 11401,
  [SMALL_STATE(362)] = 11417,
  [SMALL_STATE(363)] = 11433,
  [SMALL_STATE(364)] = 11449,
  [SMALL_STATE(365)] = 11465,
  [SMALL_STATE(366)] = 11479,
  [SMALL_STATE(367)] = 11493,
  [SMALL_STATE(368)] = 11509,
  [SMALL_STATE(369)] = 11525,
  [SMALL_STATE(370)] = 11541,
  [SMALL_STATE(371)] = 11557,
  [SMALL_STATE(372)] = 11571,
  [SMALL_STATE(373)] = 11587,
  [SMALL_STATE(374)] = 11603,
  [SMALL_STATE(375)] = 11619,
  [SMALL_STATE(376)] = 11635,
  [SMALL_STATE(377)] = 11651,
  [SMALL_STATE(378)] = 11665,
  [SMALL_STATE(379)] = 11681,
  [SMALL_STATE(380)] = 11691,
  [SMALL_STATE(381)] = 11707,
  [SMALL_STATE(382)] = 11723,
  [SMALL_STATE(383)] = 11739,
  [SMALL_STATE(384)] = 11749,
  [SMALL_STATE(385)] = 11765,
  [SMALL_STATE(386)] = 11781,
  [SMALL_STATE(387)] = 11797,
  [SMALL_STATE(388)] = 11813,
  [SMALL_STATE(389)] = 11829,
  [SMALL_STATE(390)] = 11845,
  [SMALL_STATE(391)] = 11855,
  [SMALL_STATE(392)] = 11865,
  [SMALL_STATE(393)] = 11877,
  [SMALL_STATE(394)] = 11891,
  [SMALL_STATE(395)] = 11905,
  [SMALL_STATE(396)] = 11919,
  [SMALL_STATE(397)] = 11935,
  [SMALL_STATE(398)] = 11951,
  [SMALL_STATE(399)] = 11967,
  [SMALL_STATE(400)] = 11983,
  [SMALL_STATE(401)] = 11999,
  [SMALL_STATE(402)] = 12015,
  [SMALL_STATE(403)] = 12031,
  [SMALL_STATE(404)] = 12045,
  [SMALL_STATE(405)] = 12061,
  [SMALL_STATE(406)] = 12075,
  [SMALL_STATE(407)] = 12091,
  [SMALL_STATE(408)] = 12107,
  [SMALL_STATE(409)] = 12121,
  [SMALL_STATE(410)] = 12137,
  [SMALL_STATE(411)] = 12153,
  [SMALL_STATE(412)] = 12165,
  [SMALL_STATE(413)] = 12177,
  [SMALL_STATE(414)] = 12191,
  [SMALL_STATE(415)] = 12207,
  [SMALL_STATE(416)] = 12221,
  [SMALL_STATE(417)] = 12235,
  [SMALL_STATE(418)] = 12251,
  [SMALL_STATE(419)] = 12267,
  [SMALL_STATE(420)] = 12281,
  [SMALL_STATE(421)] = 12295,
  [SMALL_STATE(422)] = 12309,
  [SMALL_STATE(423)] = 12323,
  [SMALL_STATE(424)] = 12337,
  [SMALL_STATE(425)] = 12351,
  [SMALL_STATE(426)] = 12365,
  [SMALL_STATE(427)] = 12379,
  [SMALL_STATE(428)] = 12393,
  [SMALL_STATE(429)] = 12407,
  [SMALL_STATE(430)] = 12421,
  [SMALL_STATE(431)] = 12435,
  [SMALL_STATE(432)] = 12449,
  [SMALL_STATE(433)] = 12463,
  [SMALL_STATE(434)] = 12477,
  [SMALL_STATE(435)] = 12491,
  [SMALL_STATE(436)] = 12505,
  [SMALL_STATE(437)] = 12519,
  [SMALL_STATE(438)] = 12529,
  [SMALL_STATE(439)] = 12542,
  [SMALL_STATE(440)] = 12555,
  [SMALL_STATE(441)] = 12568,
  [SMALL_STATE(442)] = 12581,
  [SMALL_STATE(443)] = 12594,
  [SMALL_STATE(444)] = 12605,
  [SMALL_STATE(445)] = 12616,
  [SMALL_STATE(446)] = 12629,
  [SMALL_STATE(447)] = 12642,
  [SMALL_STATE(448)] = 12655,
  [SMALL_STATE(449)] = 12664,
  [SMALL_STATE(450)] = 12677,
  [SMALL_STATE(451)] = 12690,
  [SMALL_STATE(452)] = 12703,
  [SMALL_STATE(453)] = 12716,
  [SMALL_STATE(454)] = 12729,
  [SMALL_STATE(455)] = 12742,
  [SMALL_STATE(456)] = 12755,
  [SMALL_STATE(457)] = 12766,
  [SMALL_STATE(458)] = 12779,
  [SMALL_STATE(459)] = 12792,
  [SMALL_STATE(460)] = 12801,
  [SMALL_STATE(461)] = 12810,
  [SMALL_STATE(462)] = 12823,
  [SMALL_STATE(463)] = 12836,
  [SMALL_STATE(464)] = 12847,
  [SMALL_STATE(465)] = 12860,
  [SMALL_STATE(466)] = 12873,
  [SMALL_STATE(467)] = 12884,
  [SMALL_STATE(468)] = 12897,
  [SMALL_STATE(469)] = 12908,
  [SMALL_STATE(470)] = 12919,
  [SMALL_STATE(471)] = 12930,
  [SMALL_STATE(472)] = 12943,
  [SMALL_STATE(473)] = 12956,
  [SMALL_STATE(474)] = 12969,
  [SMALL_STATE(475)] = 12982,
  [SMALL_STATE(476)] = 12995,
  [SMALL_STATE(477)] = 13008,
  [SMALL_STATE(478)] = 13021,
  [SMALL_STATE(479)] = 13034,
  [SMALL_STATE(480)] = 13045,
  [SMALL_STATE(481)] = 13058,
  [SMALL_STATE(482)] = 13071,
  [SMALL_STATE(483)] = 13082,
  [SMALL_STATE(484)] = 13091,
  [SMALL_STATE(485)] = 13104,
  [SMALL_STATE(486)] = 13117,
  [SMALL_STATE(487)] = 13130,
  [SMALL_STATE(488)] = 13143,
  [SMALL_STATE(489)] = 13151,
  [SMALL_STATE(490)] = 13159,
  [SMALL_STATE(491)] = 13167,
  [SMALL_STATE(492)] = 13175,
  [SMALL_STATE(493)] = 13183,
  [SMALL_STATE(494)] = 13191,
  [SMALL_STATE(495)] = 13201,
  [SMALL_STATE(496)] = 13211,
  [SMALL_STATE(497)] = 13221,
  [SMALL_STATE(498)] = 13229,
  [SMALL_STATE(499)] = 13237,
  [SMALL_STATE(500)] = 13245,
  [SMALL_STATE(501)] = 13255,
  [SMALL_STATE(502)] = 13263,
  [SMALL_STATE(503)] = 13271,
  [SMALL_STATE(504)] = 13279,
  [SMALL_STATE(505)] = 13287,
  [SMALL_STATE(506)] = 13295,
  [SMALL_STATE(507)] = 13303,
  [SMALL_STATE(508)] = 13311,
  [SMALL_STATE(509)] = 13319,
  [SMALL_STATE(510)] = 13327,
  [SMALL_STATE(511)] = 13335,
  [SMALL_STATE(512)] = 13345,
  [SMALL_STATE(513)] = 13353,
  [SMALL_STATE(514)] = 13361,
  [SMALL_STATE(515)] = 13369,
  [SMALL_STATE(516)] = 13377,
  [SMALL_STATE(517)] = 13385,
  [SMALL_STATE(518)] = 13393,
  [SMALL_STATE(519)] = 13401,
  [SMALL_STATE(520)] = 13409,
  [SMALL_STATE(521)] = 13417,
  [SMALL_STATE(522)] = 13425,
  [SMALL_STATE(523)] = 13433,
  [SMALL_STATE(524)] = 13441,
  [SMALL_STATE(525)] = 13449,
  [SMALL_STATE(526)] = 13457,
  [SMALL_STATE(527)] = 13467,
  [SMALL_STATE(528)] = 13475,
  [SMALL_STATE(529)] = 13483,
  [SMALL_STATE(530)] = 13491,
  [SMALL_STATE(531)] = 13501,
  [SMALL_STATE(532)] = 13509,
  [SMALL_STATE(533)] = 13517,
  [SMALL_STATE(534)] = 13525,
  [SMALL_STATE(535)] = 13533,
  [SMALL_STATE(536)] = 13541,
  [SMALL_STATE(537)] = 13549,
  [SMALL_STATE(538)] = 13557,
  [SMALL_STATE(539)] = 13567,
  [SMALL_STATE(540)] = 13577,
  [SMALL_STATE(541)] = 13587,
  [SMALL_STATE(542)] = 13597,
  [SMALL_STATE(543)] = 13605,
  [SMALL_STATE(544)] = 13613,
  [SMALL_STATE(545)] = 13621,
  [SMALL_STATE(546)] = 13629,
  [SMALL_STATE(547)] = 13637,
  [SMALL_STATE(548)] = 13645,
  [SMALL_STATE(549)] = 13653,
  [SMALL_STATE(550)] = 13661,
  [SMALL_STATE(551)] = 13671,
  [SMALL_STATE(552)] = 13679,
  [SMALL_STATE(553)] = 13687,
  [SMALL_STATE(554)] = 13695,
  [SMALL_STATE(555)] = 13705,
  [SMALL_STATE(556)] = 13713,
  [SMALL_STATE(557)] = 13721,
  [SMALL_STATE(558)] = 13729,
  [SMALL_STATE(559)] = 13739,
  [SMALL_STATE(560)] = 13747,
  [SMALL_STATE(561)] = 13757,
  [SMALL_STATE(562)] = 13767,
  [SMALL_STATE(563)] = 13775,
  [SMALL_STATE(564)] = 13785,
  [SMALL_STATE(565)] = 13795,
  [SMALL_STATE(566)] = 13803,
  [SMALL_STATE(567)] = 13811,
  [SMALL_STATE(568)] = 13819,
  [SMALL_STATE(569)] = 13827,
  [SMALL_STATE(570)] = 13835,
  [SMALL_STATE(571)] = 13843,
  [SMALL_STATE(572)] = 13851,
  [SMALL_STATE(573)] = 13861,
  [SMALL_STATE(574)] = 13869,
  [SMALL_STATE(575)] = 13877,
  [SMALL_STATE(576)] = 13885,
  [SMALL_STATE(577)] = 13893,
  [SMALL_STATE(578)] = 13903,
  [SMALL_STATE(579)] = 13913,
  [SMALL_STATE(580)] = 13923,
  [SMALL_STATE(581)] = 13931,
  [SMALL_STATE(582)] = 13939,
  [SMALL_STATE(583)] = 13949,
  [SMALL_STATE(584)] = 13957,
  [SMALL_STATE(585)] = 13965,
  [SMALL_STATE(586)] = 13973,
  [SMALL_STATE(587)] = 13983,
  [SMALL_STATE(588)] = 13991,
  [SMALL_STATE(589)] = 14001,
  [SMALL_STATE(590)] = 14009,
  [SMALL_STATE(591)] = 14017,
  [SMALL_STATE(592)] = 14025,
  [SMALL_STATE(593)] = 14035,
  [SMALL_STATE(594)] = 14043,
  [SMALL_STATE(595)] = 14051,
  [SMALL_STATE(596)] = 14059,
  [SMALL_STATE(597)] = 14067,
  [SMALL_STATE(598)] = 14075,
  [SMALL_STATE(599)] = 14083,
  [SMALL_STATE(600)] = 14091,
  [SMALL_STATE(601)] = 14099,
  [SMALL_STATE(602)] = 14107,
  [SMALL_STATE(603)] = 14115,
  [SMALL_STATE(604)] = 14125,
  [SMALL_STATE(605)] = 14135,
  [SMALL_STATE(606)] = 14143,
  [SMALL_STATE(607)] = 14150,
  [SMALL_STATE(608)] = 14157,
  [SMALL_STATE(609)] = 14164,
  [SMALL_STATE(610)] = 14171,
  [SMALL_STATE(611)] = 14178,
  [SMALL_STATE(612)] = 14185,
  [SMALL_STATE(613)] = 14192,
  [SMALL_STATE(614)] = 14199,
  [SMALL_STATE(615)] = 14206,
  [SMALL_STATE(616)] = 14213,
  [SMALL_STATE(617)] = 14220,
  [SMALL_STATE(618)] = 14227,
  [SMALL_STATE(619)] = 14234,
  [SMALL_STATE(620)] = 14241,
  [SMALL_STATE(621)] = 14248,
  [SMALL_STATE(622)] = 14255,
  [SMALL_STATE(623)] = 14262,
  [SMALL_STATE(624)] = 14269,
  [SMALL_STATE(625)] = 14276,
  [SMALL_STATE(626)] = 14283,
  [SMALL_STATE(627)] = 14290,
  [SMALL_STATE(628)] = 14297,
  [SMALL_STATE(629)] = 14304,
  [SMALL_STATE(630)] = 14311,
  [SMALL_STATE(631)] = 14318,
  [SMALL_STATE(632)] = 14325,
  [SMALL_STATE(633)] = 14332,
  [SMALL_STATE(634)] = 14339,
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
  [99] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(626),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(577),
  [115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(634),
  [117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(579),
  [119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [137] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [139] = {.entry = {.count = 1, .reusable = false}}, SHIFT(429),
  [141] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [143] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 1, 0, 0),
  [145] = {.entry = {.count = 1, .reusable = false}}, SHIFT(603),
  [147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(253),
  [149] = {.entry = {.count = 1, .reusable = false}}, SHIFT(242),
  [151] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [153] = {.entry = {.count = 1, .reusable = false}}, SHIFT(348),
  [155] = {.entry = {.count = 1, .reusable = false}}, SHIFT(349),
  [157] = {.entry = {.count = 1, .reusable = false}}, SHIFT(350),
  [159] = {.entry = {.count = 1, .reusable = false}}, SHIFT(351),
  [161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(352),
  [163] = {.entry = {.count = 1, .reusable = false}}, SHIFT(633),
  [165] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [167] = {.entry = {.count = 1, .reusable = false}}, SHIFT(580),
  [169] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [171] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 1, 0, 0),
  [173] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(88),
  [176] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(429),
  [179] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(89),
  [182] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0),
  [184] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(603),
  [187] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(253),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(242),
  [193] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(487),
  [196] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(348),
  [199] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(349),
  [202] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(350),
  [205] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(351),
  [208] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(352),
  [211] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(633),
  [214] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(235),
  [217] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(580),
  [220] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0), SHIFT_REPEAT(105),
  [223] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indicator_repeat1, 2, 0, 0),
  [225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [227] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 3, 0, 15),
  [229] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 3, 0, 15),
  [231] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 3, 0, 10),
  [233] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 3, 0, 10),
  [235] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 3, 0, 4),
  [237] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 3, 0, 4),
  [239] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 1, 0, 8),
  [241] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 1, 0, 8),
  [243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [247] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 4, 0, 15),
  [249] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 4, 0, 15),
  [251] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 2, 0, 10),
  [253] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 2, 0, 10),
  [255] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator, 2, 0, 4),
  [257] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator, 2, 0, 4),
  [259] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 2, 0, 0),
  [261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 2, 0, 0),
  [263] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indicator_continuation, 2, 0, 8),
  [265] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_continuation, 2, 0, 8),
  [267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [269] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money, 1, 0, 0),
  [271] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_money, 1, 0, 0),
  [273] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [275] = {.entry = {.count = 1, .reusable = false}}, SHIFT(573),
  [277] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [281] = {.entry = {.count = 1, .reusable = false}}, SHIFT(534),
  [283] = {.entry = {.count = 1, .reusable = false}}, SHIFT(527),
  [285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [287] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [289] = {.entry = {.count = 1, .reusable = false}}, SHIFT(544),
  [291] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money, 2, 0, 0),
  [293] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_money, 2, 0, 0),
  [295] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money_unit, 1, 0, 0),
  [297] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_money_unit, 1, 0, 0),
  [299] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_text, 1, 0, 0),
  [301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [303] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0),
  [305] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0), SHIFT_REPEAT(578),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_text, 2, 0, 0),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_text, 1, 0, 0),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_level, 1, 0, 0),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_text, 2, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_text_repeat1, 2, 0, 0),
  [320] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_text_repeat1, 2, 0, 0), SHIFT_REPEAT(588),
  [323] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 3, 0, 16),
  [325] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 2, 0, 12),
  [327] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__value, 1, 0, 9),
  [329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(477),
  [343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(502),
  [353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [355] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0),
  [357] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0), SHIFT_REPEAT(586),
  [360] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_text, 2, 0, 0),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(509),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [374] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_text, 1, 0, 0),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(610),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [396] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 3, 0, 0),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(624),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(252),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [422] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0),
  [424] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(465),
  [427] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(393),
  [430] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(394),
  [433] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(395),
  [436] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(473),
  [439] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(477),
  [442] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(237),
  [445] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(131),
  [448] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat1, 2, 0, 0), SHIFT_REPEAT(332),
  [451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_template_repeat2, 2, 0, 0),
  [453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [463] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_string, 2, 0, 0),
  [465] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_long_term, 2, 0, 11),
  [467] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_long_term, 2, 0, 11),
  [469] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_measure_unit, 2, 0, 0),
  [471] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_measure_unit, 2, 0, 0),
  [473] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_weight, 2, 0, 0),
  [475] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_weight, 2, 0, 0),
  [477] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_level, 1, 0, 0),
  [479] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [481] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 1, 0, 0),
  [483] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 1, 0, 0),
  [485] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__value, 1, 0, 9),
  [487] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_acknowledge, 3, 0, 0),
  [489] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_acknowledge, 3, 0, 0),
  [491] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 2, 0, 12),
  [493] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [495] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 2, 0, 0),
  [497] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_value_quantity, 2, 0, 0),
  [499] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_value_quantity, 3, 0, 16),
  [501] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__keyword_target, 2, 0, 0),
  [503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__keyword_target, 2, 0, 0),
  [505] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mid_term, 2, 0, 11),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_term, 2, 0, 11),
  [509] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__word_or_string, 1, 0, 3),
  [511] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__word_or_string, 1, 0, 3),
  [513] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_description, 2, 0, 0),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_description, 2, 0, 0),
  [517] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basis, 2, 0, 0),
  [519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basis, 2, 0, 0),
  [521] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_nature, 2, 0, 0),
  [523] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_nature, 2, 0, 0),
  [525] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_direction, 2, 0, 0),
  [527] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_direction, 2, 0, 0),
  [529] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_remark, 2, 0, 0),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_remark, 2, 0, 0),
  [533] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_target, 1, 0, 0),
  [535] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_target, 1, 0, 0),
  [537] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [543] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(572),
  [546] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(440),
  [549] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(622),
  [552] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(312),
  [555] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(558),
  [558] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(294),
  [561] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(356),
  [564] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(452),
  [567] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(109),
  [570] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(110),
  [573] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [575] = {.entry = {.count = 1, .reusable = false}}, SHIFT(365),
  [577] = {.entry = {.count = 1, .reusable = false}}, SHIFT(530),
  [579] = {.entry = {.count = 1, .reusable = false}}, SHIFT(472),
  [581] = {.entry = {.count = 1, .reusable = false}}, SHIFT(478),
  [583] = {.entry = {.count = 1, .reusable = false}}, SHIFT(450),
  [585] = {.entry = {.count = 1, .reusable = false}}, SHIFT(471),
  [587] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [591] = {.entry = {.count = 1, .reusable = false}}, SHIFT(182),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [595] = {.entry = {.count = 1, .reusable = false}}, SHIFT(185),
  [597] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [599] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [601] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_deviation, 2, 0, 0),
  [603] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(435),
  [607] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_applies_to, 2, 0, 0),
  [609] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_applies_to, 2, 0, 0),
  [611] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(124),
  [614] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(435),
  [617] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0),
  [619] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(593),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(620),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0),
  [631] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(620),
  [634] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(526),
  [637] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(438),
  [640] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(121),
  [643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(518),
  [645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [647] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(127),
  [650] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [652] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [660] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_core, 1, 0, 0),
  [662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [664] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_budget_repeat1, 2, 0, 0),
  [666] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(495),
  [669] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(133),
  [672] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_execution_amount, 2, 0, 0),
  [674] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_source, 3, 0, 0),
  [676] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template_category, 2, 0, 17),
  [678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template_category, 2, 0, 0),
  [680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_formula, 2, 0, 0),
  [682] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_reference, 2, 0, 0),
  [684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_source, 4, 0, 0),
  [686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(493),
  [688] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(504),
  [692] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [694] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_row, 1, 0, 6),
  [696] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_continuation, 1, 0, 0),
  [698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0),
  [700] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(306),
  [703] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(252),
  [706] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(249),
  [709] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(494),
  [712] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_row_repeat1, 2, 0, 0), SHIFT_REPEAT(447),
  [715] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_row, 2, 0, 6),
  [717] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 4, 0, 2),
  [719] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_schedule_repeat1, 2, 0, 0),
  [721] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_schedule_repeat1, 2, 0, 0), SHIFT_REPEAT(595),
  [724] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_schedule_repeat1, 2, 0, 0), SHIFT_REPEAT(152),
  [727] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 7, 0, 4),
  [729] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 5, 0, 5),
  [731] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 7, 0, 2),
  [733] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 7, 0, 5),
  [735] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 5, 0, 4),
  [737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 7, 0, 5),
  [739] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 6, 0, 2),
  [741] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 7, 0, 4),
  [743] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 8, 0, 2),
  [745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_document, 5, 0, 2),
  [747] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 4, 0, 0),
  [749] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 8, 0, 1),
  [751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fund, 2, 0, 0),
  [753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 3, 0, 0),
  [755] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 8, 0, 4),
  [757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 8, 0, 5),
  [759] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 8, 0, 5),
  [761] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 4, 0, 4),
  [763] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 5, 0, 5),
  [765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 6, 0, 5),
  [767] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat1, 2, 0, 0), SHIFT_REPEAT(173),
  [770] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unit_decl, 3, 0, 1),
  [772] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 4, 0, 4),
  [774] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 8, 0, 4),
  [776] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 9, 0, 1),
  [778] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring, 9, 0, 5),
  [780] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 5, 0, 0),
  [782] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_include, 2, 0, 0),
  [784] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 5, 0, 1),
  [786] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 6, 0, 0),
  [788] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 4, 0, 5),
  [790] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 6, 0, 1),
  [792] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department_goals, 7, 0, 0),
  [794] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 7, 0, 1),
  [796] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_library, 6, 0, 4),
  [798] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [800] = {.entry = {.count = 1, .reusable = false}}, SHIFT(433),
  [802] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_cause, 2, 0, 0),
  [804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cause, 2, 0, 0),
  [806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(595),
  [810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [812] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 6, 0, 4),
  [814] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_project, 5, 0, 4),
  [820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_self_evaluation, 6, 0, 5),
  [822] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [824] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [826] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0),
  [828] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(610),
  [831] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(250),
  [834] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(625),
  [837] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_row_repeat1, 2, 0, 0), SHIFT_REPEAT(438),
  [840] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0), SHIFT_REPEAT(210),
  [843] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0),
  [845] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(500),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [853] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [857] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_cause_repeat1, 2, 0, 0), SHIFT_REPEAT(209),
  [860] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_row, 2, 0, 6),
  [862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0),
  [864] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(500),
  [867] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(311),
  [870] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(467),
  [873] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_funds_repeat1, 2, 0, 0), SHIFT_REPEAT(200),
  [876] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_continuation, 1, 0, 0),
  [878] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_row, 1, 0, 6),
  [880] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [882] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [884] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_schedule_entry, 3, 0, 0),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [888] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_text_repeat1, 2, 0, 0), SHIFT_REPEAT(582),
  [891] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_cause_kind, 1, 0, 0),
  [893] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cause_kind, 1, 0, 0),
  [895] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_quantity, 1, 0, 0),
  [897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [899] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quantity, 1, 0, 0),
  [901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_item, 2, 0, 0),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [909] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 18),
  [911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_quantity, 2, 0, 0),
  [913] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_amount, 2, 0, 0),
  [915] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_correction, 2, 0, 0),
  [917] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_cause, 3, 0, 0),
  [919] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_done, 2, 0, 0),
  [921] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_forecast, 2, 0, 0),
  [923] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_likelihood, 2, 0, 0),
  [925] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized, 3, 0, 0),
  [927] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [937] = {.entry = {.count = 1, .reusable = false}}, SHIFT(50),
  [939] = {.entry = {.count = 1, .reusable = false}}, SHIFT(357),
  [941] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [943] = {.entry = {.count = 1, .reusable = false}}, SHIFT(589),
  [945] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [947] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_actual, 2, 0, 0),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [951] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [955] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_evaluation_source_repeat1, 2, 0, 0),
  [957] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_source_repeat1, 2, 0, 0), SHIFT_REPEAT(526),
  [960] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_evaluation_source_repeat1, 2, 0, 0), SHIFT_REPEAT(241),
  [963] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [965] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [967] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_score, 2, 0, 0),
  [969] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [971] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [973] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [975] = {.entry = {.count = 1, .reusable = false}}, SHIFT(587),
  [977] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [979] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [981] = {.entry = {.count = 1, .reusable = false}}, SHIFT(585),
  [983] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [985] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [987] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [991] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [993] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [1003] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [1005] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [1009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1013] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [1017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(605),
  [1023] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(507),
  [1027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [1029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(550),
  [1031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [1033] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_review_repeat1, 2, 0, 0),
  [1035] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_review_repeat1, 2, 0, 0), SHIFT_REPEAT(371),
  [1038] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_review_repeat1, 2, 0, 0), SHIFT_REPEAT(270),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dept_budget_repeat1, 2, 0, 0),
  [1049] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dept_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(550),
  [1052] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dept_budget_repeat1, 2, 0, 0), SHIFT_REPEAT(272),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [1061] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat1, 2, 0, 0),
  [1063] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat1, 2, 0, 0), SHIFT_REPEAT(316),
  [1066] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat1, 2, 0, 0), SHIFT_REPEAT(554),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [1071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [1073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [1077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [1079] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1085] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [1087] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_extra_levels, 2, 0, 0),
  [1089] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extra_levels, 2, 0, 0),
  [1091] = {.entry = {.count = 1, .reusable = false}}, SHIFT(466),
  [1093] = {.entry = {.count = 1, .reusable = false}}, SHIFT(522),
  [1095] = {.entry = {.count = 1, .reusable = false}}, SHIFT(469),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [1099] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0), SHIFT_REPEAT(466),
  [1102] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0),
  [1104] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0), SHIFT_REPEAT(469),
  [1107] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_scoring_repeat1, 2, 0, 0), SHIFT_REPEAT(283),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [1112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [1114] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(392),
  [1117] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_extra_units_repeat1, 2, 0, 0), SHIFT_REPEAT(423),
  [1120] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_extra_units, 2, 0, 0),
  [1122] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_extra_units, 2, 0, 0),
  [1124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(559),
  [1126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [1128] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_fund, 2, 0, 0),
  [1130] = {.entry = {.count = 1, .reusable = false}}, SHIFT(379),
  [1132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(419),
  [1134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(619),
  [1136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [1138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [1140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(621),
  [1142] = {.entry = {.count = 1, .reusable = false}}, SHIFT(510),
  [1144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1148] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rules_repeat1, 2, 0, 0), SHIFT_REPEAT(621),
  [1151] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_rules_repeat1, 2, 0, 0),
  [1153] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_rules_repeat1, 2, 0, 0), SHIFT_REPEAT(298),
  [1156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [1158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1162] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_plan_repeat1, 2, 0, 0), SHIFT_REPEAT(419),
  [1165] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_plan_repeat1, 2, 0, 0),
  [1167] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_plan_repeat1, 2, 0, 0), SHIFT_REPEAT(300),
  [1170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [1176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [1178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [1180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(602),
  [1184] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1186] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_duty_repeat1, 2, 0, 0),
  [1188] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_duty_repeat1, 2, 0, 0), SHIFT_REPEAT(366),
  [1191] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_duty_repeat1, 2, 0, 0), SHIFT_REPEAT(305),
  [1194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1196] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review_field, 2, 0, 0),
  [1198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1200] = {.entry = {.count = 1, .reusable = false}}, SHIFT(516),
  [1202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [1208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1212] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [1214] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 0),
  [1216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 0),
  [1218] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [1222] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 13),
  [1224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 13),
  [1226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [1228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(629),
  [1230] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_previously, 2, 0, 0),
  [1232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1236] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 3),
  [1238] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 3),
  [1240] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_requested, 3, 0, 0),
  [1242] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_scoring_setting, 2, 0, 14),
  [1244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring_setting, 2, 0, 14),
  [1246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [1248] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_text_repeat1, 2, 0, 0), SHIFT_REPEAT(561),
  [1251] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_requested, 2, 0, 0),
  [1253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [1259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1261] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_project_repeat1, 2, 0, 0),
  [1263] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_project_repeat1, 2, 0, 0), SHIFT_REPEAT(12),
  [1266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [1272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_indicator_group_repeat1, 2, 0, 0),
  [1274] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_indicator_group_repeat1, 2, 0, 0), SHIFT_REPEAT(40),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [1291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [1295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [1303] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0), SHIFT_REPEAT(358),
  [1306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_string_repeat1, 2, 0, 0),
  [1308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_department_goals_repeat1, 2, 0, 0),
  [1310] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_department_goals_repeat1, 2, 0, 0), SHIFT_REPEAT(116),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [1321] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_monitoring_repeat1, 2, 0, 0),
  [1323] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_monitoring_repeat1, 2, 0, 0), SHIFT_REPEAT(106),
  [1326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_self_evaluation_repeat1, 2, 0, 0),
  [1334] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_self_evaluation_repeat1, 2, 0, 0), SHIFT_REPEAT(97),
  [1337] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sub_goal_repeat1, 2, 0, 0),
  [1339] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sub_goal_repeat1, 2, 0, 0), SHIFT_REPEAT(275),
  [1342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [1344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [1352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat2, 2, 0, 0),
  [1354] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_breakdown_repeat2, 2, 0, 0), SHIFT_REPEAT(276),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [1359] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_code, 1, 0, 0),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1363] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty_project, 2, 0, 0),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1373] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_template_repeat2, 2, 0, 0), SHIFT_REPEAT(77),
  [1376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0),
  [1384] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_document_repeat2, 2, 0, 0), SHIFT_REPEAT(33),
  [1387] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [1403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [1409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1417] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_library_repeat1, 2, 0, 0),
  [1419] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_library_repeat1, 2, 0, 0), SHIFT_REPEAT(335),
  [1422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [1424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [1428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [1430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [1442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [1444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [1446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [1450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [1468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1484] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_budget, 2, 0, 0),
  [1486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1488] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty, 4, 0, 0),
  [1490] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_plan_row, 2, 0, 0),
  [1492] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [1494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review, 3, 0, 0),
  [1496] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rule_setting, 2, 0, 0),
  [1498] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_rule_setting, 2, 0, 0),
  [1500] = {.entry = {.count = 1, .reusable = false}}, SHIFT(315),
  [1502] = {.entry = {.count = 1, .reusable = false}}, SHIFT(322),
  [1504] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1508] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_budget, 2, 0, 0),
  [1510] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [1512] = {.entry = {.count = 1, .reusable = false}}, SHIFT(313),
  [1514] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_setting, 1, 0, 0),
  [1516] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_setting, 1, 0, 0),
  [1518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1520] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1522] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_budget, 2, 0, 0),
  [1524] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1526] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_period_range, 3, 0, 0),
  [1528] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_functions, 2, 0, 0),
  [1530] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 7, 0, 0),
  [1532] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_status, 2, 0, 0),
  [1534] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review, 6, 0, 0),
  [1536] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_budget, 4, 0, 0),
  [1538] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [1540] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_item, 4, 0, 0),
  [1542] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 6, 0, 0),
  [1544] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_funds, 3, 0, 0),
  [1546] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_overall, 2, 0, 0),
  [1548] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 6, 0, 4),
  [1550] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_money_unit_field, 2, 0, 0),
  [1552] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_budget, 4, 0, 0),
  [1554] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 8, 0, 0),
  [1556] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_item, 5, 0, 0),
  [1558] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 7, 0, 0),
  [1560] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 7, 0, 4),
  [1562] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rules, 3, 0, 0),
  [1564] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1566] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 8, 0, 0),
  [1568] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 8, 0, 4),
  [1570] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_framework, 2, 0, 0),
  [1572] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prose, 2, 0, 0),
  [1574] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_rules, 4, 0, 0),
  [1576] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_funds, 3, 0, 0),
  [1578] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_previous, 3, 0, 0),
  [1580] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 4, 0, 4),
  [1582] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_budget, 5, 0, 0),
  [1584] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring, 3, 0, 0),
  [1586] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_plan, 4, 0, 0),
  [1588] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unit_ref, 2, 0, 0),
  [1590] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_title, 2, 0, 0),
  [1592] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 3, 0, 7),
  [1594] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_use_text, 2, 0, 0),
  [1596] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_goal, 2, 0, 0),
  [1598] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_term_goal, 2, 0, 0),
  [1600] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 6, 0, 7),
  [1602] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_period, 2, 0, 0),
  [1604] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_total, 2, 0, 0),
  [1606] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty, 6, 0, 0),
  [1608] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 6, 0, 0),
  [1610] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 4, 0, 7),
  [1612] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicators_text, 2, 0, 0),
  [1614] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 4, 0, 0),
  [1616] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_info, 2, 0, 0),
  [1618] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 5, 0, 0),
  [1620] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_budget, 4, 0, 0),
  [1622] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_budget, 5, 0, 0),
  [1624] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_reviewed_by, 2, 0, 0),
  [1626] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mid_budget, 5, 0, 0),
  [1628] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_allow_include, 2, 0, 0),
  [1630] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_review, 5, 0, 0),
  [1632] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_scoring, 4, 0, 0),
  [1634] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown_total, 3, 0, 0),
  [1636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [1638] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_plan, 3, 0, 0),
  [1640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1642] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_schedule, 4, 0, 0),
  [1644] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 5, 0, 0),
  [1646] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_breakdown, 3, 0, 0),
  [1648] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 5, 0, 7),
  [1650] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_schedule, 3, 0, 0),
  [1652] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_stated_rate, 2, 0, 0),
  [1654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [1656] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_achieved, 2, 0, 0),
  [1658] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_monitoring_funds, 4, 0, 0),
  [1660] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_year, 2, 0, 0),
  [1662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [1664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1668] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_department, 2, 0, 0),
  [1670] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_prepared_by, 2, 0, 0),
  [1672] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_evaluation_funds, 4, 0, 0),
  [1674] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_template, 5, 0, 4),
  [1676] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_month_end, 1, 0, 0),
  [1678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_measure, 3, 0, 0),
  [1680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_previous, 2, 0, 0),
  [1682] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dept_code, 2, 0, 0),
  [1684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indicator_group, 7, 0, 7),
  [1686] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_form, 2, 0, 0),
  [1688] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_duty, 7, 0, 0),
  [1690] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sub_goal, 4, 0, 0),
  [1692] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [1694] = {.entry = {.count = 1, .reusable = true}}, SHIFT(566),
  [1696] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [1698] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1702] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1704] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_period_to, 1, 0, 0),
  [1706] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1708] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_as_of, 2, 0, 0),
  [1710] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [1712] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [1714] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1716] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1720] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1722] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [1730] = {.entry = {.count = 1, .reusable = true}}, SHIFT(584),
  [1732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1734] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1736] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_approx, 1, 0, 0),
  [1738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__line_end = 0,
  ts_external_token__continue = 1,
  ts_external_token__continue_alone = 2,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__line_end] = sym__line_end,
  [ts_external_token__continue] = sym__continue,
  [ts_external_token__continue_alone] = sym__continue_alone,
};

static const bool ts_external_scanner_states[6][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue] = true,
    [ts_external_token__continue_alone] = true,
  },
  [2] = {
    [ts_external_token__line_end] = true,
  },
  [3] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue] = true,
  },
  [4] = {
    [ts_external_token__line_end] = true,
    [ts_external_token__continue_alone] = true,
  },
  [5] = {
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
