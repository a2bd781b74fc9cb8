//! The keywords of the grammar in their two spellings with what each means, and the character
//! classes of its tokens: the one table that the formatter, error messages, completion, hover,
//! import and the include scanner use. Tests hold it to `grammar/perf.pest`, so a keyword added
//! there and missing here fails.

use crate::diag::Lang;

macro_rules! keywords {
    ($($keyword:ident = $rule:ident $zh:literal $en:literal $zh_meaning:literal $en_meaning:literal,)*) => {
        /// A keyword of the grammar (its `kw_*` rule).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Keyword {
            $($keyword,)*
        }

        impl Keyword {
            /// Every keyword, in the grammar's order.
            pub const ALL: &'static [Keyword] = &[$(Keyword::$keyword,)*];

            /// The grammar rule that reads it (`kw_include`).
            pub fn rule_name(self) -> &'static str {
                match self {
                    $(Keyword::$keyword => stringify!($rule),)*
                }
            }

            /// Its Chinese and English spellings.
            pub fn spellings(self) -> (&'static str, &'static str) {
                match self {
                    $(Keyword::$keyword => ($zh, $en),)*
                }
            }

            /// What it says and what to write after it, in Chinese and in English (hover).
            pub fn meanings(self) -> (&'static str, &'static str) {
                match self {
                    $(Keyword::$keyword => ($zh_meaning, $en_meaning),)*
                }
            }
        }
    };
}

keywords! {
    Include = kw_include "包含" "include"
        "把另一个文件的条目并入此处，路径相对于本文件：`包含 \"units/543001.perf\"`。"
        "Inserts another file's items here, its path relative to this file: `include \"units/543001.perf\"`.",
    Document = kw_document "文档" "document"
        "文档的表头：标题，然后在 { } 里写年度、部门、表样等：`文档 \"某局 2024 年部门预算绩效文本\" { 年度 2024 }`。一份文档只有一个表头。"
        "The document's header: its title, then the year, department, form and so on in braces. A document has exactly one.",
    Year = kw_year "年度" "year"
        "预算年度，四位数字：`年度 2024`。项目编码和完成时限按它检查。"
        "The budget year, four digits: `year 2024`. Project codes and deadlines are checked against it.",
    Department = kw_department "部门" "department"
        "编报文档的部门名称：`部门 \"某市自然资源和规划局\"`。"
        "The department the document is for: `department \"…\"`.",
    PreparedBy = kw_prepared "编制" "prepared_by"
        "编制单位：`编制 \"某市自然资源和规划局\"`。"
        "Who prepared the document: `prepared_by \"…\"`.",
    ReviewedBy = kw_reviewed "审核" "reviewed_by"
        "审核单位：`审核 \"某市财政局\"`。"
        "Who reviewed the document: `reviewed_by \"…\"`.",
    Status = kw_status "状态" "status"
        "文档的状态：`草案` 或 `定稿`。"
        "The document's status: `草案`/`draft` or `定稿`/`final`.",
    MoneyUnit = kw_money_unit "金额单位" "money_unit"
        "不带单位的金额所用的单位：`元`、`千元`、`万元`（默认）或 `亿元`。"
        "The unit of amounts written without one: `元`, `千元`, `万元` (the default) or `亿元`.",
    AllowInclude = kw_allow_include "允许包含" "allow_include"
        "允许包含文档目录以外的一个目录（须在同一 git 仓库内），路径相对于本文件：`允许包含 \"../共用\"`。"
        "Allows includes from one more directory (inside the same git repository), relative to this file: `allow_include \"../shared\"`.",
    Framework = kw_framework "指标体系" "framework"
        "指标分类体系：`2015`（默认，财预〔2015〕88号）或 `2021`（财预〔2021〕101号，成本指标为一级指标）。"
        "The indicator framework: `2015` (the default, 财预〔2015〕88号) or `2021` (财预〔2021〕101号, with 成本指标 first-level).",
    Rules = kw_rules "规则" "rules"
        "调整本文档中规则的级别：`规则 { E0605 关闭  E0706 警告 }`。级别：错误、警告、提示、关闭。"
        "Changes rule levels for this document: `rules { E0605 off  E0706 warning }`.",
    Acknowledge = kw_acknowledge "确认" "acknowledge"
        "接受一条规则的发现并写明理由：`确认 E0502 \"理由\"`。写在表头管整份文档，写在项目里管这个项目，写在指标行上只管这一行。"
        "Accepts a rule's findings with a reason: `acknowledge E0502 \"reason\"`. In the header for the whole document, in a project for that project, on an indicator row for that row.",
    ExtraUnits = kw_extra_units "补充单位" "extra_units"
        "本文档补充的计量单位：`补充单位 宗地 块`。"
        "Units of measurement this document adds: `extra_units 宗地 块`.",
    ExtraLevels = kw_extra_levels "补充定性" "extra_levels"
        "本文档补充的定性指标值：`补充定性 月度时序`。"
        "Qualitative levels this document adds: `extra_levels 月度时序`.",
    DepartmentGoals = kw_dept_goals "部门目标" "department_goals"
        "部门整体绩效目标：总体目标、分项目标、保障措施，以及部门整体支出绩效目标表的各栏。"
        "The department-wide goals: the overall goal, sub-goals, measures, and the cells of the 部门整体支出绩效目标表.",
    Overall = kw_overall "总体目标" "overall"
        "部门的年度总体目标：`总体目标 \"……\"`。"
        "The department's overall goal for the year: `overall \"…\"`.",
    SubGoal = kw_sub_goal "分项目标" "sub_goal"
        "一条分项目标，名称后在 { } 里写 `目标` 和 `指标`。按书写顺序编号（一）（二）……"
        "A sub-goal: its name, then `goal` and `indicators` in braces. Numbered （一）（二）… in order.",
    Measure = kw_measure "保障措施" "measure"
        "保障措施。在部门目标里写标题和正文：`保障措施 \"完善制度建设\" \"……\"`；在申报表的项目里是一段文字。"
        "A measure. In department goals a title and a text: `measure \"…\" \"…\"`; in a 申报表 project, one text.",
    Unit = kw_unit "单位" "unit"
        "预算单位。在顶层声明编码和名称：`单位 543001 \"……本级\"`；在项目里写项目所属单位的编码：`单位 543001`。"
        "A budget unit. At the top level, its code and name: `unit 543001 \"…\"`; in a project, the code of the unit it belongs to.",
    Project = kw_project "项目" "project"
        "一个项目的绩效目标：`项目 编码 \"名称\" { … }`，表样没有编码栏时只写名称。在履职目标里写它包含的项目的名称或编码。"
        "A project's performance targets: `project CODE \"name\" { … }`, the code left out where the form has none. Inside a duty, a project it covers, by name or code.",
    Title = kw_title "标题" "title"
        "表格的标题，不写时为项目名称加“绩效目标表”：`标题 \"……绩效目标表\"`。"
        "The table's title; by default the project's name followed by 绩效目标表.",
    Budget = kw_budget "预算" "budget"
        "预算数（年度资金总额），在 { } 里写各资金来源，来源之和须等于预算：`预算 15.00 { 财政资金 12.00  其他资金 3.00 }`。在部门目标里写基本支出和项目支出。"
        "The budget (年度资金总额) and its sources in braces, which must add up to it: `budget 15.00 { fiscal 12.00  other 3.00 }`. In department goals, basic and project spending.",
    Fiscal = kw_fiscal "财政资金" "fiscal"
        "资金来源：财政资金（也可写作财政拨款）：`财政资金 12.00`。"
        "A source of money: fiscal funds (also written 财政拨款): `fiscal 12.00`.",
    Other = kw_other "其他资金" "other"
        "资金来源：财政资金以外的其他资金。在自评的资金里是“其他资金”一行。"
        "A source of money: funds other than fiscal ones. In a self-evaluation's funds, the 其他资金 row.",
    Appropriation = kw_appropriation "财政拨款" "appropriation"
        "资金来源：财政拨款，财政资金的另一种写法。"
        "A source of money: 财政拨款, another word for fiscal funds.",
    HigherFiscal = kw_higher_fiscal "上级财政资金" "higher_fiscal"
        "资金来源：财政资金中上级财政安排的部分，与本级财政资金之和即财政资金。"
        "A source of money: the part of fiscal funds from the higher level; with local fiscal funds it makes fiscal funds.",
    LocalFiscal = kw_local_fiscal "本级财政资金" "local_fiscal"
        "资金来源：财政资金中本级财政安排的部分。"
        "A source of money: the part of fiscal funds from this level of government.",
    OwnFunds = kw_own_funds "自有资金" "own_funds"
        "资金来源：单位自有资金，属于其他资金。"
        "A source of money: the unit's own funds, part of other funds.",
    ServiceIncome = kw_service_income "事业收入" "service_income"
        "资金来源：事业收入，属于其他资金。"
        "A source of money: income from public services, part of other funds.",
    BusinessIncome = kw_business_income "经营性收入" "business_income"
        "资金来源：经营性收入，属于其他资金。"
        "A source of money: business income, part of other funds.",
    Use = kw_use "用途" "use"
        "资金用途：`用途 \"用于购买第三方服务支出。\"`。"
        "What the money is for (资金用途): `use \"…\"`.",
    Breakdown = kw_breakdown "明细" "breakdown"
        "资金测算明细：每行一项，写名称和算式，按精确小数核算：`明细 { \"电费\" 28 万元  合计 28 万元 }`。默认各项之和等于预算。"
        "The arithmetic behind the money, one item per line, checked exactly: `breakdown { \"电费\" 28 万元  total 28 万元 }`. By default the items add up to the budget.",
    Requested = kw_requested "申请" "requested"
        "明细：申请的金额，预算可以只是其中一部分：`明细 申请 约 756.3443 万元 { … }`。"
        "In a breakdown: the amount requested, of which the budget may be a part: `breakdown requested 756.3443 万元 { … }`.",
    Previously = kw_previously "已安排" "arranged_before"
        "明细：以前年度已安排的金额，预算不得超过申请减已安排：`已安排 521.40 万元`。"
        "In a breakdown: what earlier years already arranged; the budget may not exceed the request minus it.",
    Total = kw_total "合计" "total"
        "明细的合计金额，照原文写：`合计 约 64.94 万元`。"
        "A breakdown's total as the text gives it: `total approx 64.94 万元`.",
    Schedule = kw_schedule "支出计划" "schedule"
        "分月累计支出进度，月份按顺序：`支出计划 { 3月底 25%  6月底 50%  12月底 100% }`。"
        "The cumulative spending plan by month end, in month order: `schedule { mar 25%  jun 50%  dec 100% }`.",
    Goal = kw_goal "目标" "goal"
        "一条年度绩效目标，按书写顺序编号：`目标 \"……\"`。在分项目标里是它的绩效目标。"
        "A performance goal for the year, numbered in order: `goal \"…\"`. In a sub-goal, its goal.",
    Indicators = kw_indicators "指标" "indicators"
        "分项目标的绩效指标，一段文字：`指标 \"……\"`。"
        "A sub-goal's indicators, as a text: `indicators \"…\"`.",
    Description = kw_description "描述" "description"
        "指标解释（绩效指标描述）。不写时与指标名称相同，`描述 \"\"` 留空。"
        "The indicator's explanation (指标解释); the name when left out, blank with `description \"\"`.",
    Basis = kw_basis "依据" "basis"
        "指标值确定依据，一个词或一段文字：`依据 年度工作计划`。"
        "The basis of the target value (指标值确定依据), a word or a string: `basis 年度工作计划`.",
    Value = kw_value "指标值" "value"
        "年度指标值；也可以不写关键字，直接写值：`指标值 ≥90%`。"
        "The annual target; the value may also be written alone: `value ≥90%`.",
    MeasureUnit = kw_measure_unit "计量单位" "measure_unit"
        "与指标值分开写的计量单位：`计量单位 %`。"
        "The unit of measurement, written apart from the value: `measure_unit %`.",
    Weight = kw_weight "分值" "weight"
        "这一行在自评中的分值：`分值 10`。"
        "The row's weight (points) in self-evaluation: `weight 10`.",
    MidTerm = kw_mid_term "中期目标" "mid_term"
        "中期目标。在项目里是整个实施期的目标（一段文字）；在指标行上是中期指标值：`中期目标 ≥86 处`。"
        "The mid-term target. In a project, the goal over the whole period (a text); on an indicator row, the mid-term value.",
    LongTerm = kw_long_term "长期目标" "long_term"
        "长期目标。在项目里是整个实施期的目标（一段文字）；在指标行上是长期指标值：`长期目标 ≥86 处`。"
        "The long-term target. In a project, the goal over the whole period (a text); on an indicator row, the long-term value.",
    Remark = kw_remark "备注" "remark"
        "指标行的备注（县级申报表的备注栏）：`备注 \"三年累计\"`。"
        "The row's remark (the 备注 column of the county 申报表).",
    Nature = kw_nature "指标性质" "nature"
        "指标性质：`正向`（越大越好，≥）、`反向`（越小越好，≤）或 `定性`。与指标值的比较符不一致时报 E0517。"
        "The indicator's nature: `正向` (more is better, ≥), `反向` (less is better, ≤) or `定性`; a value against it is E0517.",
    Direction = kw_direction "指标方向" "direction"
        "指标方向：`大于等于`、`小于等于`、`等于` 等，代替指标值里的比较符。"
        "The direction column: `大于等于`, `小于等于`, `等于` …, standing for the value's comparator.",
    Form = kw_form "表样" "form"
        "文档所用的表样：`河北`（默认）、`88号` 或 `申报表`。PDF 按它排版，检查只要求它有的栏目。"
        "The form the document follows: `河北` (the default), `88号` or `申报表`; the PDF is laid out in it and the rules ask only for what it has.",
    MidBudget = kw_mid_budget "中期资金" "mid_term_budget"
        "整个项目期的资金总额，资金来源写法同预算：`中期资金 1260.00 { 财政资金 1100.00  其他资金 160.00 }`。"
        "The money of the whole project period, with sources as in the budget: `mid_term_budget 1260.00 { … }`.",
    Period = kw_period "项目期" "period"
        "项目起止时间：`项目期 2023年1月 至 2025年12月`，或 `项目期 2023-2025`、`项目期 \"三年\"`。"
        "The project period: `period 2023年1月 至 2025年12月`, or `2023-2025`, or words.",
    Plan = kw_plan "实施计划" "plan"
        "项目实施进度计划，每行写内容和起止月份（或文字）：`实施计划 { \"管网更新\" 2024年1月 至 2024年6月 }`。"
        "The implementation plan, one line per task with its months (or words).",
    Review = kw_review "审核意见" "review"
        "一条审核意见：审核单位、意见，可在 { } 里写审核人和审核日期：`审核意见 \"主管部门\" \"同意申报。\" { 审核人 孙立新 }`。"
        "A review opinion: who, what, and in braces the reviewer and date.",
    Reviewer = kw_reviewer "审核人" "reviewer"
        "审核意见的审核人：`审核人 孙立新`。"
        "The reviewer of a review opinion.",
    ReviewDate = kw_review_date "审核日期" "review_date"
        "审核意见的审核日期：`审核日期 \"2023年10月25日\"`。"
        "The date of a review opinion.",
    Supervisor = kw_supervisor "主管部门" "supervisor"
        "申报表表头：主管部门：`主管部门 \"某县水利局\"`。"
        "申报表 head cell: the supervising department.",
    SupervisorCode = kw_supervisor_code "主管部门编码" "supervisor_code"
        "申报表表头：主管部门编码：`主管部门编码 305`。"
        "申报表 head cell: the supervising department's code.",
    Implementer = kw_implementer "实施单位" "implementer"
        "申报表表头：项目实施单位：`实施单位 \"某县农村供水管理站\"`。"
        "申报表 head cell: the implementing unit.",
    Manager = kw_manager "项目负责人" "manager"
        "申报表表头：项目负责人：`项目负责人 王建平`。"
        "申报表 head cell: the project's manager.",
    Phone = kw_phone "联系电话" "phone"
        "申报表表头：联系电话：`联系电话 0318-5123456`。"
        "申报表 head cell: the contact phone number.",
    Attribute = kw_attribute "项目属性" "attribute"
        "申报表表头：项目属性，`新增` 或 `延续`。"
        "申报表 head cell: the project's attribute, `新增` (new) or `延续` (continuing).",
    ProjectType = kw_project_type "项目类型" "project_type"
        "申报表表头：项目类型：`项目类型 \"其他类\"`。指标库里核心模板的“适用”按它匹配。"
        "申报表 head cell: the project type; a core template's `applies_to` is matched against it.",
    FunctionClass = kw_function_class "功能科目" "function_class"
        "申报表表头：功能科目编码和名称：`功能科目 \"2130314 农村人畜饮水\"`。"
        "申报表 head cell: the functional classification, code and name.",
    FilingUnit = kw_filing_unit "填报单位" "filing_unit"
        "申报表落款：填报单位（盖章）。"
        "申报表 signature: the filing unit.",
    FiledBy = kw_filed_by "填报人" "filed_by"
        "申报表落款：填报人。"
        "申报表 signature: who filled the form in.",
    UnitHead = kw_unit_head "单位负责人" "unit_head"
        "申报表落款：单位负责人。"
        "申报表 signature: the head of the unit.",
    FilingDate = kw_filing_date "填报日期" "filing_date"
        "申报表落款：填报日期：`填报日期 \"2023年10月20日\"`。"
        "申报表 signature: the filing date.",
    Overview = kw_overview "项目概况" "overview"
        "申报表文字栏：项目概况。"
        "申报表 text block: the project's overview.",
    Approval = kw_approval "立项依据" "approval_basis"
        "申报表文字栏：项目立项依据。"
        "申报表 text block: the grounds on which the project was approved.",
    Feasibility = kw_feasibility "可行性" "feasibility"
        "申报表文字栏：项目可行性。"
        "申报表 text block: the project's feasibility.",
    Necessity = kw_necessity "必要性" "necessity"
        "申报表文字栏：项目必要性。"
        "申报表 text block: why the project is needed.",
    Functions = kw_functions "单位职能" "unit_functions"
        "单位（部门）职能概述，一段文字。"
        "The unit's (or department's) functions, a text.",
    Remarks = kw_remarks "其他说明" "remarks"
        "申报表文字栏：其他需要说明的问题。"
        "申报表 text block: other remarks.",
    DeptCode = kw_dept_code "部门编码" "department_code"
        "部门整体支出绩效目标表：部门预算编码：`部门编码 305001`。"
        "The department's budget code in the 部门整体支出绩效目标表.",
    Basic = kw_basic "基本支出" "basic_spending"
        "部门预算中的基本支出：`预算 1036.80 { 基本支出 566.80  项目支出 470.00 }`。在部门整体自评的资金里是“基本支出”一行。"
        "Basic spending in the department's budget; in a department self-evaluation's funds, its row.",
    ProjectSpending = kw_project_spending "项目支出" "project_spending"
        "部门预算中的项目支出，应等于本文档各项目预算之和（E0411）。在部门整体自评的资金里是“项目支出”一行。"
        "Project spending in the department's budget, the sum of the document's project budgets (E0411); in a department self-evaluation's funds, its row.",
    Duty = kw_duty "履职目标" "duty"
        "年度履职目标：部门职能、年度目标任务、预算金额，在 { } 里列出所含项目：`履职目标 \"农村供水保障\" \"……\" 420.00 { 项目 \"……\" }`。"
        "A duty of the year: the function, its task, its amount, and in braces the projects it covers.",
    SelfEvaluation = kw_self_evaluation "自评" "self_evaluation"
        "一个项目的绩效自评（年终打分）：`自评 项目编码或名称 { … }`；`自评 部门整体 { … }` 评部门整体。"
        "A project's self-evaluation after the year, scored: `self_evaluation CODE { … }`; `自评 部门整体` scores the whole department.",
    Funds = kw_funds "资金" "funds"
        "自评或监控的资金情况：`资金 { 年初预算数 15.00  全年预算数 15.00  全年执行数 14.62 }`。"
        "The money of a self-evaluation or a monitoring: `funds { initial_budget 15.00  full_year_budget 15.00  executed 14.62 }`.",
    InitialBudget = kw_initial_budget "年初预算数" "initial_budget"
        "自评资金：年初预算数。"
        "In a self-evaluation's funds: the budget at the start of the year.",
    FullYearBudget = kw_full_year_budget "全年预算数" "full_year_budget"
        "资金：全年预算数（年中调整后的预算）。监控中不写时取项目的预算。"
        "In funds: the budget for the whole year, after adjustments; a monitoring takes the project's budget when it is left out.",
    Executed = kw_executed "全年执行数" "executed"
        "自评资金：全年执行数。"
        "In a self-evaluation's funds: the amount spent over the year.",
    ExecutionRate = kw_execution_rate "执行率" "execution_rate"
        "预算执行率，写出时须与金额一致（E0908）：`执行率 97.47%`。"
        "The execution rate; when written it must agree with the amounts (E0908).",
    Achieved = kw_achieved "完成情况" "achieved"
        "总体目标的完成情况，一段文字。"
        "How the goals were achieved, a text.",
    Actual = kw_actual "实际" "actual"
        "实际完成值：与指标值同单位的数、完成日期，或 `达成`/`部分达成`/`未达成`。`实际 不涉及` 不计分。"
        "The actual value: a number in the target's unit, the date a deadline was met, or 达成/部分达成/未达成; `actual 不涉及` leaves the row out.",
    Score = kw_score "得分" "score"
        "这一行的得分，写出时与计算结果核对（E0905）；定性指标由评价人打分，须在其档次内。"
        "The row's score, checked against the computed one (E0905); a qualitative row's is the evaluator's, within its band.",
    Deviation = kw_deviation "偏差" "deviation"
        "偏差原因分析及改进措施：`偏差 \"……\"`。监控中先写原因类别：`偏差 制度保障 \"……\"`。"
        "The analysis of a shortfall and what will be done: `deviation \"…\"`; in a monitoring, the kinds of cause first.",
    Scoring = kw_scoring "评分" "scoring"
        "自评的评分方案：`评分 { 执行率 10  产出指标 50  效益指标 30  满意度指标 10 }`，合计须为 100。"
        "The self-evaluation's scoring profile: points per part, adding up to 100.",
    CurrentAppropriation = kw_current_appropriation "当年财政拨款" "current_appropriation"
        "自评资金的其中一行：当年财政拨款：`当年财政拨款 { 年初预算数 95.00  全年预算数 90.00  全年执行数 76.70 }`。"
        "A row of a self-evaluation's funds: this year's appropriation, with its amounts.",
    CarriedOver = kw_carried_over "上年结转" "carried_over"
        "自评资金的其中一行：上年结转资金。"
        "A row of a self-evaluation's funds: money carried over from last year.",
    Monitoring = kw_monitoring "监控" "monitoring"
        "一个项目的绩效运行监控：`监控 项目编码或名称 截至 7月底 { … }`。"
        "A project's in-year monitoring: `monitoring CODE as_of 7月底 { … }`.",
    WholeDepartment = kw_whole_department "部门整体" "whole_department"
        "`自评 部门整体`：部门整体支出绩效自评，按部门目标的指标打分。"
        "`自评 部门整体`: the whole department's self-evaluation, scored against the department goals' indicators.",
    AsOf = kw_as_of "截至" "as_of"
        "监控的截止月份：`截至 7月底`。"
        "A monitoring's cut-off month: `as_of 7月底`.",
    ExecutedToDate = kw_executed_to_date "执行数" "executed_to_date"
        "监控资金：截至目前的执行数。"
        "In a monitoring's funds: the amount spent by the cut-off.",
    ForecastExecuted = kw_forecast_executed "预计执行数" "forecast_executed"
        "监控资金：全年预计执行数。"
        "In a monitoring's funds: the forecast spending for the year.",
    Done = kw_done "完成" "done"
        "监控：截至目前的完成值：`完成 1 次`，或文字 `完成 \"按计划推进\"`，或 `完成 不涉及`。"
        "In a monitoring: the value reached so far, or words, or `不涉及`.",
    Forecast = kw_forecast "预计" "forecast"
        "监控：全年预计完成值：`预计 2 次`。"
        "In a monitoring: the value forecast for the year.",
    Likelihood = kw_likelihood "可能性" "likelihood"
        "完成目标可能性：`确定能`、`有可能` 或 `完全不可能`。"
        "How likely the target is met: `确定能`, `有可能` or `完全不可能`.",
    Correction = kw_correction "纠偏" "correction"
        "纠偏措施：`纠偏 \"……\"`。"
        "The corrective measures: `correction \"…\"`.",
    Previous = kw_previous "上年" "previous"
        "上年的文档，用来比较目标是否降低：`上年 \"2023.perf\"`，或 `上年 版本 \"v2023\"`（本文件在 git 中的一个版本）。"
        "Last year's document, to compare targets with: `previous \"2023.perf\"`, or `previous revision \"v2023\"` (this file at a git revision).",
    Revision = kw_revision "版本" "revision"
        "`上年 版本 \"v2023\"`：上年的文档是本文件在 git 某个版本（标签、分支或提交）里的内容。"
        "`previous revision \"v2023\"`: last year's document is this file at a git tag, branch or commit.",
    Library = kw_library "指标库" "library"
        "指标库，一组可重复使用的指标模板：`指标库 \"本局指标库\" { 模板 \"……\" { … } }`。"
        "An indicator library, templates to use again: `library \"…\" { template \"…\" { … } }`.",
    Template = kw_template "模板" "template"
        "指标模板。在指标库里声明；在指标行上引用它，只写指标值：`模板 \"参训人员满意度\" ≥92%`。"
        "An indicator template: declared in a library; on a row, named with only its value: `template \"…\" ≥92%`.",
    Category = kw_category "类别" "category"
        "模板的二级指标：`类别 服务对象满意度指标`。"
        "A template's second-level category: `category 服务对象满意度指标`.",
    Formula = kw_formula "计算公式" "formula"
        "模板的计算公式：`计算公式 \"满意人数 ÷ 受访人数 × 100%\"`。"
        "A template's formula.",
    Reference = kw_reference "参考值" "reference"
        "模板的参考值，指标值不应弱于它（E0521）：`参考值 ≥90%`。"
        "A template's reference value; a target weaker than it is E0521.",
    Core = kw_core "核心" "core"
        "标记模板为核心指标（★）；适用的项目缺少它时报 E0523。"
        "Marks a template as a core indicator (★); a project it applies to without it is E0523.",
    AppliesTo = kw_applies_to "适用" "applies_to"
        "核心模板适用的项目，按项目类型里的词匹配：`适用 培训`。"
        "The projects a core template applies to, by words of their project type: `applies_to 培训`.",
    Approx = kw_approx "约" "approx"
        "明细里表示四舍五入后的金额：`= 约 22.50 万元`、`合计 约 64.94 万元`。"
        "In a breakdown, a rounded amount: `= approx 22.50 万元`.",
}

/// The keywords that begin a top-level item (`top_keyword`): a broken line never swallows one.
pub const TOP_LEVEL: &[Keyword] = &[
    Keyword::Project,
    Keyword::Include,
    Keyword::Document,
    Keyword::DepartmentGoals,
    Keyword::SelfEvaluation,
    Keyword::Monitoring,
    Keyword::Library,
];

/// The keywords of the fields of `文档 { … }` (`document_field`).
pub const DOCUMENT_FIELDS: &[Keyword] = &[
    Keyword::Year,
    Keyword::Department,
    Keyword::PreparedBy,
    Keyword::ReviewedBy,
    Keyword::Status,
    Keyword::MoneyUnit,
    Keyword::Framework,
    Keyword::Rules,
    Keyword::Acknowledge,
    Keyword::ExtraUnits,
    Keyword::ExtraLevels,
    Keyword::AllowInclude,
    Keyword::Form,
    Keyword::Scoring,
    Keyword::Previous,
];

/// The keywords of the lines of `自评 … { … }` other than its rows' fields.
pub const EVALUATION_LINES: &[Keyword] =
    &[Keyword::Funds, Keyword::ExecutionRate, Keyword::Achieved];

/// The keywords of a self-evaluation row's fields (`evaluation_keyword`).
pub const EVALUATION_FIELDS: &[Keyword] = &[
    Keyword::Actual,
    Keyword::Weight,
    Keyword::Score,
    Keyword::Deviation,
];

/// The sources of a self-evaluation's money (`evaluation_source_keyword`): a project's, then a
/// department's.
pub const EVALUATION_SOURCES: &[Keyword] = &[
    Keyword::CurrentAppropriation,
    Keyword::CarriedOver,
    Keyword::Other,
    Keyword::Basic,
    Keyword::ProjectSpending,
];

/// The amounts of `资金 { … }` in a self-evaluation (`execution_amount`; `偏差` may follow).
pub const EVALUATION_FUNDS: &[Keyword] = &[
    Keyword::InitialBudget,
    Keyword::FullYearBudget,
    Keyword::Executed,
];

/// The keywords of a template's fields in `指标库 { 模板 "…" { … } }` (`template_field`).
pub const TEMPLATE_FIELDS: &[Keyword] = &[
    Keyword::Category,
    Keyword::Nature,
    Keyword::MeasureUnit,
    Keyword::Description,
    Keyword::Formula,
    Keyword::Reference,
    Keyword::Basis,
    Keyword::Core,
    Keyword::AppliesTo,
];

/// The keywords of the lines of `监控 … { … }` other than its rows' fields.
pub const MONITORING_LINES: &[Keyword] = &[Keyword::Funds, Keyword::Achieved];

/// The keywords of a monitoring row's fields (`monitoring_keyword`).
pub const MONITORING_FIELDS: &[Keyword] = &[
    Keyword::Done,
    Keyword::Forecast,
    Keyword::Likelihood,
    Keyword::Deviation,
    Keyword::Correction,
];

/// The amounts of `资金 { … }` in a monitoring (`monitoring_amount`; `偏差` and `纠偏` may
/// follow).
pub const MONITORING_FUNDS: &[Keyword] = &[
    Keyword::FullYearBudget,
    Keyword::ExecutedToDate,
    Keyword::ForecastExecuted,
];

/// The keywords of the lines of `部门目标 { … }`; any other word starts an indicator group.
pub const DEPARTMENT_GOAL_FIELDS: &[Keyword] = &[
    Keyword::Overall,
    Keyword::SubGoal,
    Keyword::Measure,
    Keyword::DeptCode,
    Keyword::Budget,
    Keyword::Functions,
    Keyword::Duty,
];

/// The parts of a department's 预算 (`dept_fund`).
pub const DEPARTMENT_FUNDS: &[Keyword] = &[Keyword::Basic, Keyword::ProjectSpending];

/// The keywords of the lines of `分项目标 "…" { … }`.
pub const SUB_GOAL_FIELDS: &[Keyword] = &[Keyword::Goal, Keyword::Indicators];

/// The keywords of a project's fields (`project_keyword`); any other word starts a group.
pub const PROJECT_FIELDS: &[Keyword] = &[
    Keyword::Unit,
    Keyword::Title,
    Keyword::Budget,
    Keyword::MidBudget,
    Keyword::Use,
    Keyword::Breakdown,
    Keyword::Schedule,
    Keyword::Goal,
    Keyword::MidTerm,
    Keyword::LongTerm,
    Keyword::Period,
    Keyword::Plan,
    Keyword::Supervisor,
    Keyword::SupervisorCode,
    Keyword::Implementer,
    Keyword::Manager,
    Keyword::Phone,
    Keyword::Attribute,
    Keyword::ProjectType,
    Keyword::FunctionClass,
    Keyword::FilingUnit,
    Keyword::FiledBy,
    Keyword::UnitHead,
    Keyword::FilingDate,
    Keyword::Overview,
    Keyword::Approval,
    Keyword::Feasibility,
    Keyword::Necessity,
    Keyword::Functions,
    Keyword::Measure,
    Keyword::Remarks,
    Keyword::Review,
    Keyword::Acknowledge,
];

/// The fields of a `审核意见 … { … }` block (`review_field`).
pub const REVIEW_FIELDS: &[Keyword] = &[Keyword::Reviewer, Keyword::ReviewDate];

/// The cells of a form's head (`info`), in the order the forms print them.
pub const INFO_FIELDS: &[Keyword] = &[
    Keyword::Supervisor,
    Keyword::SupervisorCode,
    Keyword::Implementer,
    Keyword::Manager,
    Keyword::Phone,
    Keyword::Attribute,
    Keyword::ProjectType,
    Keyword::FunctionClass,
    Keyword::FilingUnit,
    Keyword::FiledBy,
    Keyword::UnitHead,
    Keyword::FilingDate,
];

/// The text blocks of a form (`prose`), in the order the forms print them.
pub const PROSE_FIELDS: &[Keyword] = &[
    Keyword::Functions,
    Keyword::Overview,
    Keyword::Approval,
    Keyword::Feasibility,
    Keyword::Necessity,
    Keyword::Measure,
    Keyword::Remarks,
];

/// The sources of funds in `预算 … { … }` (`fund`).
pub const FUNDS: &[Keyword] = &[
    Keyword::Fiscal,
    Keyword::Appropriation,
    Keyword::HigherFiscal,
    Keyword::LocalFiscal,
    Keyword::OwnFunds,
    Keyword::ServiceIncome,
    Keyword::BusinessIncome,
    Keyword::Other,
];

/// The keywords of a breakdown's head and lines.
pub const BREAKDOWN_FIELDS: &[Keyword] = &[
    Keyword::Total,
    Keyword::Approx,
    Keyword::Requested,
    Keyword::Previously,
];

/// The keywords of an indicator row's fields (`field_keyword`): a bare value spelled like one
/// of them is read as the keyword, so such a value is written after `指标值`.
pub const INDICATOR_FIELDS: &[Keyword] = &[
    Keyword::Basis,
    Keyword::Description,
    Keyword::Value,
    Keyword::MeasureUnit,
    Keyword::Weight,
    Keyword::MidTerm,
    Keyword::LongTerm,
    Keyword::Remark,
    Keyword::Nature,
    Keyword::Direction,
    Keyword::Acknowledge,
];

impl Keyword {
    /// Its spelling in `lang`.
    pub fn spelling(self, lang: Lang) -> &'static str {
        let (zh, en) = self.spellings();
        match lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    /// Whether `word` is this keyword in either spelling.
    pub fn is(self, word: &str) -> bool {
        let (zh, en) = self.spellings();
        word == zh || word == en
    }

    /// The keyword of a grammar rule (`kw_include` → `Include`).
    pub fn of_rule_name(name: &str) -> Option<Keyword> {
        Keyword::ALL.iter().copied().find(|k| k.rule_name() == name)
    }

    /// What follows this keyword at the start of `line`, when the grammar reads it there: a
    /// keyword does not run into a following word character (but `约` does: `约15`).
    pub fn strip(self, line: &str) -> Option<&str> {
        let (zh, en) = self.spellings();
        [zh, en].into_iter().find_map(|spelling| {
            let rest = line.strip_prefix(spelling)?;
            let alone = self == Keyword::Approx && spelling == zh;
            (alone || !rest.starts_with(starts_word)).then_some(rest)
        })
    }
}

/// The keyword among `keywords` that `word` spells, in either language.
pub fn find(keywords: &[Keyword], word: &str) -> Option<Keyword> {
    keywords.iter().copied().find(|k| k.is(word))
}

/// Blanks between tokens (`ws`): the tab and the space separators (Unicode Zs), the ideographic
/// space among them.
pub fn is_blank(c: char) -> bool {
    matches!(
        c,
        '\t' | ' ' | '\u{a0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200a}' | '\u{202f}' | '\u{205f}' | '\u{3000}'
    )
}

/// A character that can start a bare word (`word_char`): not white space, quotes, braces, `#`
/// or `;`.
pub fn starts_word(c: char) -> bool {
    !(c.is_whitespace() || matches!(c, '"' | '{' | '}' | '#' | ';'))
}

/// A character that ends a bare word once started (`word_rest`).
pub fn ends_word(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\u{3000}' | '\n' | '\r' | '"' | '{' | '}' | '#' | ';'
    )
}

/// Whether `text` reads back as one bare word (else it is written as a string).
pub fn is_bare_word(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(starts_word) && !chars.any(ends_word)
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use pest::Parser as _;

    use super::*;
    use crate::syntax::{PerfParser, Rule};

    const GRAMMAR: &str = include_str!("../../grammar/perf.pest");

    /// The grammar's definition of `name`: from its `=` to the next blank or comment line.
    fn defined(name: &str) -> Option<String> {
        let mut lines = GRAMMAR.lines().skip_while(|line| {
            line.split_once('=')
                .is_none_or(|(head, _)| head.trim() != name)
        });
        let body = lines.next()?.split_once('=')?.1;
        let rest = lines.take_while(|line| {
            let line = line.trim_start();
            !line.is_empty() && !line.starts_with("//") && !line.contains(" = ")
        });
        Some(
            std::iter::once(body)
                .chain(rest)
                .collect::<Vec<_>>()
                .join("\n"),
        )
    }

    fn definition(name: &str) -> String {
        defined(name).unwrap_or_else(|| panic!("the grammar defines no `{name}`"))
    }

    /// The `"…"` literals of a grammar line.
    fn literals(body: &str) -> Vec<&str> {
        body.split('"').skip(1).step_by(2).collect()
    }

    #[test]
    fn the_table_holds_every_keyword_of_the_grammar_with_its_spellings() {
        let in_grammar: BTreeMap<&str, Vec<&str>> = GRAMMAR
            .lines()
            .filter_map(|line| {
                let (head, body) = line.split_once('=')?;
                let name = head.trim();
                name.starts_with("kw_").then(|| (name, literals(body)))
            })
            .collect();
        let in_table: BTreeMap<&str, Vec<&str>> = Keyword::ALL
            .iter()
            .map(|k| {
                let (zh, en) = k.spellings();
                (k.rule_name(), vec![zh, en])
            })
            .collect();
        assert_eq!(in_table, in_grammar);
    }

    /// The keywords a grammar rule lists: its `kw_*` names, and the first keyword of each rule
    /// it names (`goal` → `kw_goal`).
    fn keywords_of(rule: &str) -> Vec<Keyword> {
        identifiers(&definition(rule))
            .into_iter()
            .filter_map(|name| match name.strip_prefix("kw_") {
                Some(_) => Some(name),
                None => identifiers(&defined(&name)?)
                    .into_iter()
                    .next()
                    .filter(|first| first.starts_with("kw_")),
            })
            .map(|name| Keyword::of_rule_name(&name).expect("a keyword of the table"))
            .collect()
    }

    fn identifiers(body: &str) -> Vec<String> {
        let unquoted: String = body.split('"').step_by(2).collect();
        unquoted
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .filter(|word| word.starts_with(|c: char| c.is_ascii_lowercase()))
            .map(str::to_string)
            .collect()
    }

    fn sorted(keywords: &[Keyword]) -> Vec<&'static str> {
        let mut names: Vec<&str> = keywords.iter().map(|k| k.rule_name()).collect();
        names.sort_unstable();
        names
    }

    #[test]
    fn the_groups_are_the_grammars() {
        assert_eq!(sorted(TOP_LEVEL), sorted(&keywords_of("top_keyword")));
        assert_eq!(
            sorted(PROJECT_FIELDS),
            sorted(&keywords_of("project_keyword"))
        );
        assert_eq!(
            sorted(INDICATOR_FIELDS),
            sorted(&keywords_of("field_keyword"))
        );
        assert_eq!(sorted(FUNDS), sorted(&keywords_of("fund")));
        assert_eq!(
            sorted(EVALUATION_FIELDS),
            sorted(&keywords_of("evaluation_keyword"))
        );
        assert_eq!(
            sorted(EVALUATION_FUNDS),
            sorted(&keywords_of("execution_amount"))
        );
        assert_eq!(
            sorted(EVALUATION_SOURCES),
            sorted(&keywords_of("evaluation_source_keyword"))
        );
        assert_eq!(
            sorted(MONITORING_FIELDS),
            sorted(&keywords_of("monitoring_keyword"))
        );
        assert_eq!(
            sorted(MONITORING_FUNDS),
            sorted(&keywords_of("monitoring_amount"))
        );
        assert_eq!(
            sorted(TEMPLATE_FIELDS),
            sorted(&keywords_of("template_field"))
        );
        assert_eq!(sorted(REVIEW_FIELDS), sorted(&keywords_of("review_field")));
        assert_eq!(sorted(INFO_FIELDS), sorted(&keywords_of("info")));
        assert_eq!(sorted(DEPARTMENT_FUNDS), sorted(&keywords_of("dept_fund")));
        assert_eq!(
            sorted(DEPARTMENT_GOAL_FIELDS),
            sorted(&keywords_of("department_goals_keyword"))
        );
        assert_eq!(sorted(PROSE_FIELDS), sorted(&keywords_of("prose")));
        assert_eq!(
            sorted(SUB_GOAL_FIELDS),
            sorted(&keywords_of("sub_goal_line"))
        );
        assert_eq!(
            sorted(DEPARTMENT_GOAL_FIELDS),
            sorted(&keywords_of("department_goals_line"))
        );
        assert_eq!(
            sorted(DOCUMENT_FIELDS),
            sorted(&keywords_of("document_field"))
        );
    }

    /// The grammar with entry points that must read a whole text.
    mod whole {
        #[derive(pest_derive::Parser)]
        #[grammar = "../grammar/perf.pest"]
        #[grammar_inline = "blanks_alone = { SOI ~ ws ~ EOI }\nword_alone = { SOI ~ word ~ EOI }"]
        pub struct Whole;
    }

    fn whole(rule: whole::Rule, text: &str) -> bool {
        whole::Whole::parse(rule, text).is_ok()
    }

    /// Every character of the planes where text is written, and a sample of the others.
    fn characters() -> impl Iterator<Item = char> {
        ('\0'..='\u{ffff}').chain(['\u{1f600}', '\u{20000}', '\u{10ffff}'])
    }

    #[test]
    fn the_character_classes_are_the_grammars() {
        for c in characters() {
            let alone = c.to_string();
            assert_eq!(
                is_blank(c),
                whole(whole::Rule::blanks_alone, &alone),
                "blank {:?}",
                c
            );
            assert_eq!(
                starts_word(c),
                whole(whole::Rule::word_alone, &alone),
                "word start {c:?}"
            );
            assert_eq!(
                !ends_word(c),
                whole(whole::Rule::word_alone, &format!("a{c}")),
                "word end {c:?}"
            );
        }
    }

    #[test]
    fn a_keyword_starts_a_line_exactly_where_its_grammar_rule_reads_it() {
        for &keyword in Keyword::ALL {
            let rule = Rule::all_rules()
                .iter()
                .copied()
                .find(|rule| format!("{rule:?}") == keyword.rule_name())
                .expect("the keyword's rule");
            let (zh, en) = keyword.spellings();
            for spelling in [zh, en] {
                for after in [
                    "",
                    " x",
                    "\u{3000}\"x\"",
                    "x",
                    "甲",
                    "_",
                    "1",
                    "\"",
                    "{",
                    "#",
                    ";",
                ] {
                    let line = format!("{spelling}{after}");
                    let grammar = PerfParser::parse(rule, &line).is_ok();
                    assert_eq!(keyword.strip(&line).is_some(), grammar, "{line:?}");
                }
            }
        }
    }
}
