//! The catalogue of rules: every diagnostic perfc can report, with its stable code, default level
//! and explanation (`perfc explain CODE`).
//!
//! Codes are grouped by hundreds: E00 reading files, E01 the document header and settings, E02
//! units and projects, E03 indicator categories, E04 money, E05 target values, E06 the spending
//! plan, E07 text, E08 typesetting, E09 self-evaluation and monitoring. A code is never reused for another rule.

use super::Level;

/// One rule of the catalogue.
#[derive(Debug)]
pub struct Rule {
    pub id: RuleId,
    /// Stable code, e.g. `E0401`.
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    pub default_level: Level,
    /// One-line title: (中文, English).
    pub title: (&'static str, &'static str),
    /// One-paragraph explanation: (中文, English).
    pub explanation: (&'static str, &'static str),
}

macro_rules! catalogue {
    ($( $id:ident = $code:literal $name:literal $level:ident
        ($title_zh:literal, $title_en:literal)
        ($expl_zh:literal, $expl_en:literal) ;)*) => {
        /// Identifies a rule; its code is stable across versions.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum RuleId { $($id),* }

        /// All rules, in code order.
        pub static RULES: &[Rule] = &[
            $(Rule {
                id: RuleId::$id,
                code: $code,
                name: $name,
                default_level: Level::$level,
                title: ($title_zh, $title_en),
                explanation: ($expl_zh, $expl_en),
            }),*
        ];
    };
}

impl RuleId {
    pub fn rule(self) -> &'static Rule {
        &RULES[self as usize]
    }

    pub fn code(self) -> &'static str {
        self.rule().code
    }
}

/// The rule with this code, if there is one.
pub fn find(code: &str) -> Option<&'static Rule> {
    // Compared letter by letter in upper case: a large document names codes thousands of times.
    let upper = code.bytes().map(|b| b.to_ascii_uppercase());
    RULES
        .binary_search_by(|r| r.code.bytes().cmp(upper.clone()))
        .ok()
        .map(|i| &RULES[i])
}

catalogue! {
    Syntax = "E0001" "syntax" Error
        ("语法错误", "syntax error")
        ("文件中有一处无法按 .perf 语法读取。消息列出该位置期望的内容（关键字、字符串、数字、`}` 等）。perfc 会跳过这一行或这一项，继续检查其余内容，因此一次运行能报告所有语法错误；但在语法错误修正之前不会写出任何输出文件。",
         "Part of the file cannot be read as .perf syntax. The message lists what was expected at that point (a keyword, a string, a number, `}` …). perfc skips the line or item and goes on, so one run reports every syntax error, but no output file is written until the syntax errors are fixed.");
    IncludeMissing = "E0002" "include-missing" Error
        ("找不到包含的文件", "included file not found")
        ("`包含 \"路径\"` 指向的文件不存在、是目录、不是普通文件（设备、管道）、超过 4 GiB、无法读取，或包含嵌套超过 32 层。路径相对于写有 `包含` 的文件所在目录。",
         "The file named by `包含 \"path\"` (include) does not exist, is a directory, is not a regular file (a device, a pipe), is 4 GiB or larger, cannot be read, or includes are nested more than 32 deep. The path is relative to the directory of the file that contains the include.");
    IncludeCycle = "E0003" "include-cycle" Error
        ("循环包含", "include cycle")
        ("文件直接或间接地包含了自己。每个文件在文档中只能出现一次，请删除形成循环的 `包含`。",
         "A file includes itself, directly or through other files. Every file can appear once in a document; remove the include that closes the cycle.");
    NotUtf8 = "E0004" "not-utf8" Error
        ("文件不是 UTF-8 编码", "file is not UTF-8")
        (".perf 文件必须是 UTF-8 编码的文本。从 Word 或旧系统导出的文件常为 GBK/GB18030 编码，可用 `iconv -f GB18030 -t UTF-8 旧.perf > 新.perf` 转换；perfc 会指出第一个无效字节所在的行，并在能按 GB18030 读出时显示这一行。UTF-16 文件（Windows“记事本”的“Unicode”）用 `iconv -f UTF-16` 转换。含有 NUL 字节的文件不是文本；除能按 GB18030 读出的文件外，报告只指出位置，不显示文件内容（被误包含的二进制或含密钥的文件不会被打印）。perfc 不猜测编码自行转换：它的输出和 `perfc fmt` 都写 UTF-8，猜错的编码不能悄悄变成文档的内容。",
         ".perf files must be UTF-8 text. Files exported from Word or older systems are often GBK/GB18030; convert them with `iconv -f GB18030 -t UTF-8 old.perf > new.perf`. perfc points at the line of the first invalid byte and shows that line read as GB18030 when it can be. UTF-16 files (Notepad's \"Unicode\") convert with `iconv -f UTF-16`. A file with a NUL byte is not text; but for a file that reads as GB18030, a report points at the place without showing the file's content (a binary or a file of secrets included by mistake is never printed). perfc does not guess an encoding and convert by itself: its outputs and `perfc fmt` write UTF-8, and a wrong guess must not silently become the document's text.");
    DuplicateField = "E0005" "duplicate-field" Error
        ("同一字段写了两次", "field written twice")
        ("项目、指标或文档头中的某个字段（如 `预算`、`用途`、指标值、`依据`）出现了两次，或自评中同一指标写了两行、同一项目写了两份自评。只保留一个；第二个被忽略。",
         "A field of a project, indicator or the document header (such as `预算`, `用途`, the target value or `依据`) is written twice, or a self-evaluation gives one indicator two rows, or one project two self-evaluations. Keep one; the second is ignored.");
    NumberRange = "E0006" "number-range" Error
        ("数字超出范围", "number out of range")
        ("数字位数太多，无法精确表示（最多 28 位有效数字），或者金额换算单位（如亿元换算为万元、元）、相加（财政资金与其他资金、明细各行、文档合计）、资金明细的计算后超出这个范围。perfc 的金额计算都经过检查，超出范围时报告这一问题，不会崩溃，也不会写出输出文件。",
         "A number has too many digits to be represented exactly (at most 28 significant digits), or an amount leaves that range once converted (亿元 into 万元 or 元), added up (fiscal and other funds, a breakdown's lines, the document's totals) or computed in a breakdown. perfc's money arithmetic is checked: out of range is this finding, never a crash, and no output file is written.");
    FileTooLarge = "E0007" "file-too-large" Error
        ("文件太大", "file too large")
        ("perfc 读取的单个文件必须小于 4 GiB（位置按 32 位记录，语法树因此小了约五分之一）。一份部门文档远小于这个大小；请把文档拆成几个文件，例如每个预算单位一个，再用 `包含` 合在一起。",
         "perfc reads files smaller than 4 GiB (positions are held in 32 bits, which makes the syntax tree about a fifth smaller). A department's document is far smaller than that; split it into files, one per budget unit for instance, and join them with `包含` (include).");
    IncludeOutside = "E0008" "include-outside" Error
        ("包含的文件在文档目录之外", "included file outside the document's directory")
        ("文档只能包含其根文件所在目录（及其子目录）中的文件，按解析符号链接后的真实路径判断。这样，来自他人的文档不能读取 `/etc/passwd`、`/proc/self/environ` 之类的文件并把内容带进报告或日志。确需包含其他目录（如各单位共用的文件）时，用 `perfc check --allow-include 目录`（`build` 同样）允许该目录；文档头的 `允许包含 \"目录\"` 也可允许，但只限文档所在 git 仓库中的目录。`.git` 目录中的文件一律不能包含（CI 在 `.git/config` 中存放凭据）。",
         "A document may include only files in its root file's directory and below, judged by their real paths with symbolic links resolved, so that a document from others cannot read files such as `/etc/passwd` or `/proc/self/environ` into reports and logs. To include files from another directory (files shared by several units, say), allow it with `perfc check --allow-include DIR` (and `build`); the header's `allow_include \"DIR\"` allows one too, but only a directory of the git repository holding the document. Files inside a `.git` directory are never included (CI keeps credentials in `.git/config`).");

    MissingHeader = "E0101" "missing-header" Error
        ("缺少文档头或预算年度", "missing document header or budget year")
        ("每个文档需要一个 `文档 \"标题\" { 年度 2023 … }` 文档头。预算年度用于检查项目编码和时效指标的年份。",
         "Every document needs a `文档 \"title\" { 年度 2023 … }` header. The budget year is used to check project codes and the years of deadlines.");
    InvalidSetting = "E0102" "invalid-setting" Error
        ("文档头的取值无效", "invalid header value")
        ("文档头的某项取值无法识别：`指标体系` 只能是 2015 或 2021；`状态` 只能是 草案/draft 或 定稿/final；`金额单位` 只能是 元、千元、万元 或 亿元；`年度` 是四位年份。",
         "A header value is not recognised: `指标体系` (framework) is 2015 or 2021; `状态` (status) is 草案/draft or 定稿/final; `金额单位` (money unit) is 元, 千元, 万元 or 亿元; `年度` (year) is a four-digit year.");
    DuplicateHeader = "E0103" "duplicate-header" Error
        ("文档头重复", "duplicate document header")
        ("一个文档（包括它包含的所有文件）只能有一个 `文档` 文档头和一个 `部门目标`。",
         "A document, including all the files it includes, has one `文档` header and at most one `部门目标` block.");
    UnknownRule = "E0104" "unknown-rule" Error
        ("未知的规则代码或级别", "unknown rule code or level")
        ("`规则` 或 `确认` 中引用的规则代码不在规则目录中（`perfc rules` 列出全部），或级别不是 错误/警告/提示/关闭（error/warning/note/off）之一。",
         "A rule code in `规则` (rules) or `确认` (acknowledge) is not in the catalogue (`perfc rules` lists them all), or a level is not one of error/warning/note/off (错误/警告/提示/关闭).");
    UnusedAcknowledgement = "E0105" "unused-acknowledgement" Warning
        ("确认没有对应的问题", "acknowledgement matches no finding")
        ("`确认 代码 \"理由\"` 声明某个问题已知并被接受，但在它的范围内（文档头：整个文档；项目：该项目；指标：该行）没有出现这个代码的问题。问题已改正时，请删除这条确认，免得它掩盖今后的新问题。",
         "`确认 CODE \"reason\"` (acknowledge) declares a finding known and accepted, but no finding with that code occurs in its scope (header: the whole document; project: that project; indicator: that row). When the finding has been fixed, delete the acknowledgement so it cannot hide a new one.");
    PreviousUnreadable = "E0106" "previous-unreadable" Error
        ("无法读取上年文档", "last year's document cannot be read")
        ("文档头的 `上年` 指向的文档无法读取，或读取时有语法错误，因此无法与上年比较（E0525–E0527）。`上年 \"路径\"` 的路径相对于根文件，像 `包含` 一样须在文档目录内（或由 `允许包含`、`--allow-include` 允许）；`上年 版本 \"v2023\"` 读取本文件在所在 git 仓库该版本（标签、分支或提交）中的内容。本年的输出照常生成。",
         "The document named by `上年` (previous) in the header cannot be read, or has syntax errors, so the targets cannot be compared with last year's (E0525–E0527). The path of `上年 \"path\"` is relative to the root file and, like an include, must lie in the document's directory (or one allowed with `允许包含` or `--allow-include`); `上年 版本 \"v2023\"` reads this file as a revision (tag, branch or commit) of its git repository holds it. This year's outputs are written all the same.");

    UnknownUnit = "E0201" "unknown-unit" Error
        ("未声明的预算单位", "undeclared budget unit")
        ("项目的 `单位` 引用了一个没有用 `单位 编码 \"名称\"` 声明的预算单位编码。",
         "A project's `单位` (unit) refers to a budget-unit code that is not declared with `单位 code \"name\"`.");
    DuplicateUnit = "E0202" "duplicate-unit" Error
        ("预算单位重复声明", "budget unit declared twice")
        ("同一个预算单位编码声明了两次。",
         "The same budget-unit code is declared twice.");
    UnitCodeFormat = "E0203" "unit-code-format" Error
        ("预算单位编码格式错误", "malformed budget-unit code")
        ("预算单位编码是 6 位数字，例如 543001。",
         "A budget-unit code is six digits, e.g. 543001.");
    ProjectWithoutUnit = "E0204" "project-without-unit" Error
        ("项目没有所属单位", "project has no unit")
        ("每个项目都属于一个预算单位：在项目中写 `单位 543001`。",
         "Every project belongs to one budget unit: write `单位 543001` in the project.");
    DuplicateProject = "E0205" "duplicate-project" Error
        ("项目编码重复", "duplicate project code")
        ("项目编码在一个文档中必须唯一。",
         "A project code must be unique within a document.");
    ProjectCodeFormat = "E0206" "project-code-format" Error
        ("项目编码格式错误", "malformed project code")
        ("预算管理一体化的项目编码为 21 位：6 位区划、2 位入库年份、1 位类型字母（部门项目为 P）、11 位数字和 1 位校验字符（数字或大写字母），例如 13080023P000085100062。",
         "A project code of the integrated budget system has 21 characters: a 6-digit region, 2 year digits, a type letter (P for department projects), 11 digits and a check character (digit or capital letter), e.g. 13080023P000085100062.");
    ProjectCodeYear = "E0207" "project-code-year" Error
        ("项目编码年份晚于预算年度", "project code year after the budget year")
        ("项目编码第 7–8 位是项目入库年份。延续项目可以早于预算年度，但不能晚于预算年度。",
         "Characters 7–8 of a project code are the year the project entered the project library. Continuing projects may be older than the budget year, never newer.");
    ProjectCodeType = "E0208" "project-code-type" Note
        ("项目编码类型不是 P", "project code type is not P")
        ("项目编码第 9 位通常是 P（部门项目）。其他字母表示其他类型的项目（如转移支付），请确认无误。",
         "Character 9 of a project code is usually P (department project). Other letters denote other kinds of item (e.g. transfer payments); make sure this is intended.");
    ProjectCodeRegion = "E0209" "project-code-region" Warning
        ("项目编码区划不一致", "project codes from different regions")
        ("一个部门文档中所有项目编码的前 6 位（区划）通常相同。与多数项目不同的区划可能是录入错误。",
         "All project codes of one department document normally share their first six characters (the region). A region that differs from most projects is likely a typing error.");
    UnitWithoutProjects = "E0210" "unit-without-projects" Warning
        ("预算单位没有项目", "budget unit has no projects")
        ("声明了预算单位，但没有任何项目属于它。",
         "A budget unit is declared but no project belongs to it.");
    MissingBudget = "E0211" "missing-budget" Error
        ("项目缺少预算数", "project has no budget")
        ("每个项目需要 `预算 金额 { 财政资金 … 其他资金 … }`。",
         "Every project needs `预算 amount { 财政资金 … 其他资金 … }` (budget with its sources).");
    MissingContent = "E0212" "missing-content" Warning
        ("项目缺少资金用途、支出计划、绩效目标或指标", "project lacks use, plan, goal or indicators")
        ("绩效目标表的每一栏都应填写：资金用途（`用途`）、资金支出计划（`支出计划`）、至少一条绩效目标（`目标`）和绩效指标。",
         "Every part of the table should be filled in: the use of funds (`用途`), the spending plan (`支出计划`), at least one goal (`目标`) and the indicators.");
    ProjectTask = "E0213" "project-task" Warning
        ("项目不在一个履职目标之下", "project not under exactly one task")
        ("文档写了部门整体支出绩效目标表的年度履职目标（`履职目标`）时，每个项目都应列在恰好一个履职目标下：没有列出的项目，其预算不在任何任务中；列出两次的项目，预算被计算两次。",
         "When a document lists the department's tasks (`履职目标`), each of its projects belongs under exactly one: a project under none is in no task's money, a project under two is counted twice.");
    UnknownProjectReference = "E0214" "unknown-project-reference" Error
        ("履职目标列出的项目不存在", "a task names no project of the document")
        ("`履职目标` 中的 `项目` 按名称或项目编码指向本文档的一个项目表；没有这个名称或编码的项目。常见原因是名称抄写不一致。",
         "A `项目` line of a `履职目标` names one of the document's project tables by its name or code; no project has this one. Usually the name was copied differently.");

    UnknownLevel1 = "E0301" "unknown-level1" Error
        ("未知的一级指标", "unknown first-level category")
        ("一级指标应为 产出指标、效益指标、满意度指标（2021 体系另有 成本指标）。常见的别名（去掉“指标”二字、英文 output/outcome/satisfaction/cost）会被识别并规范化。",
         "A first-level category is 产出指标, 效益指标 or 满意度指标 (and 成本指标 under the 2021 framework). Common aliases (without the suffix 指标; English output/outcome/satisfaction/cost) are recognised and normalised.");
    UnknownLevel2 = "E0302" "unknown-level2" Error
        ("二级指标不属于该一级指标", "second-level category does not belong here")
        ("二级指标必须是所在一级指标下的类别：产出指标下为 数量、质量、时效（2015 体系另有成本）指标；效益指标下为 经济效益、社会效益、生态效益、可持续影响指标；满意度指标下为 服务对象满意度指标；2021 体系的成本指标下为 经济成本、社会成本、生态环境成本指标。",
         "A second-level category must belong to its first-level category: under 产出指标 the 数量, 质量 and 时效 (and, in 2015, 成本) indicators; under 效益指标 经济效益, 社会效益, 生态效益 and 可持续影响; under 满意度指标 服务对象满意度; under 成本指标 (2021) 经济成本, 社会成本 and 生态环境成本.");
    MixedFramework = "E0303" "mixed-framework" Warning
        ("使用了另一指标体系的类别", "category of the other framework")
        ("文档声明了一个指标体系（2015：成本指标属于产出指标；2021：成本指标为一级指标），但这里使用了另一体系的写法。实际表格中偶有混用，因此这是警告；请按声明的体系改写，或修改 `指标体系`。",
         "The document declares one framework (2015: 成本指标 under 产出指标; 2021: 成本指标 first-level), but this category follows the other. Real tables sometimes mix them, so this is a warning: rewrite it for the declared framework, or change `指标体系`.");
    MissingOutputOrOutcome = "E0304" "missing-output-outcome" Error
        ("缺少产出指标或效益指标", "no output or outcome indicator")
        ("每个项目至少要有一个产出指标和一个效益指标（中发〔2018〕34号）。",
         "Every project needs at least one output (产出) and one outcome (效益) indicator (中发〔2018〕34号).");
    MissingCoreCategory = "E0305" "missing-core-category" Warning
        ("缺少核心二级指标", "core second-level category missing")
        ("两个体系下产出指标都应包括数量指标和质量指标；2021 体系下每个项目还应设置成本指标（至少经济成本指标）。",
         "Under both frameworks, output indicators should include quantity (数量) and quality (质量); under 2021 every project should also set cost indicators (at least 经济成本).");
    MissingOptionalCategory = "E0306" "missing-optional-category" Note
        ("没有时效或成本指标", "no timeliness or cost indicator")
        ("2015 体系下，产出指标一般也包括时效指标，有明确产出的支出还应有成本指标。",
         "Under the 2015 framework, output indicators usually also include timeliness (时效), and spending on identifiable outputs a cost (成本) indicator.");
    MissingSatisfaction = "E0307" "missing-satisfaction" Note
        ("没有满意度指标", "no satisfaction indicator")
        ("面向外部服务对象的项目应设置服务对象满意度指标；纯内部运转项目可以不设，但自评时其分值转入效益指标。",
         "Projects that serve outside users should set a satisfaction indicator; purely internal projects may omit it, and its self-evaluation points then move to outcomes.");
    TooFewIndicators = "E0308" "too-few-indicators" Warning
        ("绩效指标过少", "too few indicators")
        ("各地指引通常要求每个项目至少 3 个三级指标（不计“不涉及”的行）。",
         "Local guidance usually asks for at least three third-level indicators per project (rows marked not applicable do not count).");

    BudgetSum = "E0401" "budget-sum" Error
        ("预算数不等于各资金来源之和", "budget is not the sum of its sources")
        ("预算数（或中期资金）必须精确等于其资金来源之和（按十进制精确计算）：财政资金（财政拨款）+ 自有资金 + 事业收入 + 经营性收入 + 其他资金；省略的来源按 0 计。财政资金拆分为上级财政资金和本级财政资金时，未写财政资金则以两者之和计，写了则必须等于两者之和。",
         "The budget (or 中期资金) must equal the sum of its sources exactly, in decimal arithmetic: 财政资金 (财政拨款) + 自有资金 + 事业收入 + 经营性收入 + 其他资金; an omitted source counts as 0. When 财政资金 is split into 上级财政资金 and 本级财政资金, their sum stands for it if it is not written, and must equal it if it is.");
    BreakdownSum = "E0402" "breakdown-sum" Error
        ("资金明细合计不符", "breakdown does not add up")
        ("资金用途的分项明细之和必须等于它声明的总额：默认是预算数；`明细 申请 金额` 时是申请数（预算数是其中安排的部分）；`合计` 行是文中写明的合计数。标了 `约` 的金额按其小数位四舍五入后比较。元与万元自动换算。",
         "The items of a breakdown must add up to what it claims: the budget by default; the requested amount with `明细 申请 amount` (the budget is the part arranged); the stated figure of a `合计` line. Amounts marked `约` are compared after rounding to their decimal places. 元 and 万元 are converted exactly.");
    BreakdownLine = "E0403" "breakdown-line" Error
        ("明细行的计算结果不符", "breakdown line result is wrong")
        ("明细行 `= 金额` 写明的结果与该行算式的精确计算结果不同（标 `约` 时按其小数位四舍五入后比较）。",
         "The `= amount` stated on a breakdown line differs from the exact value of its arithmetic (after rounding to its decimal places when marked `约`).");
    BreakdownUnits = "E0404" "breakdown-units" Error
        ("明细算式的单位不对", "breakdown arithmetic has wrong units")
        ("明细算式按单位计算：`6 人 × 150 元/天/人 × 250 天` 的结果是 元。相加的量必须单位相同，每一行的结果必须是金额（元、万元 …），也不能除以零。",
         "Breakdown arithmetic is computed with units: `6 人 × 150 元/天/人 × 250 天` gives 元. Added quantities must have the same unit, every line must come out as money (元, 万元 …), and nothing may be divided by zero.");
    BreakdownNoUnit = "E0405" "breakdown-no-unit" Warning
        ("明细金额没有单位", "breakdown amount without unit")
        ("明细中的金额没有写单位，按文档的金额单位（默认万元）计算。原文漏写单位时容易误读，请写明 元 或 万元。",
         "A breakdown amount has no unit and is read in the document's money unit (万元 by default). A missing unit in the text is easy to misread; write 元 or 万元.");
    ArrangedExceedsRequested = "E0406" "arranged-exceeds-requested" Error
        ("安排数超过申请数", "budget exceeds the amount requested")
        ("`明细 申请 金额 [已安排 金额]` 表示预算数只是申请数中（扣除往年已安排部分后）安排的部分，预算数不能超过它。",
         "`明细 申请 amount [已安排 amount]` says the budget is the part arranged of the request (less what earlier years arranged); the budget cannot exceed it.");
    CostExceedsBudget = "E0407" "cost-exceeds-budget" Error
        ("成本指标超过预算数", "cost target exceeds the budget")
        ("以金额（元、万元）表示的成本指标不能超过项目预算数（换算为同一单位后比较）。单位成本（如 元/亩）除外。",
         "A cost indicator in money (元, 万元) cannot exceed the project's budget (compared in the same unit). Unit costs such as 元/亩 are exempt.");
    CostFloor = "E0408" "cost-floor" Error
        ("成本指标写成了下限", "cost target is a floor")
        ("成本指标是上限：比较符应为 ≤、< 或 =（不写比较符视为 ≤）。`≥145 万元` 意味着花得越多越好。资金到位率、支付率等百分比指标不受此限制。",
         "A cost target is a ceiling: its comparator is ≤, < or = (none counts as ≤). `≥145 万元` would mean the more spent the better. Rates in % such as funds in place or payment rates are not subject to this rule.");
    AnnualExceedsPeriod = "E0409" "annual-exceeds-period" Error
        ("年度资金超过中期资金", "the year's money exceeds the period's")
        ("多年期项目的中期资金总额（`中期资金`）是整个项目期的资金，本年度的预算（`预算`）是其中的一部分，不能比它多。常见原因是两处单位不同（元与万元）或数字错位。",
         "A multi-year project's 中期资金 covers its whole period; the year's budget (`预算`) is part of it and cannot be larger. The usual cause is different units (元 and 万元) or a misplaced digit.");
    DepartmentBudgetSum = "E0410" "department-budget-sum" Error
        ("部门资金总额不等于基本支出与项目支出之和", "department total is not basic plus project spending")
        ("部门整体支出绩效目标表的年度预算安排中，资金总额 = 基本支出 + 项目支出，按精确的十进制计算。",
         "In the 部门整体支出绩效目标表, the year's total is 基本支出 + 项目支出, in exact decimal arithmetic.");
    ProjectSpendingTotal = "E0411" "project-spending-total" Warning
        ("项目支出不等于各项目预算之和", "project spending is not the sum of the projects")
        ("部门整体支出绩效目标表中的项目支出应等于本文档各项目表预算数之和。文档只收录部分项目时，用 `确认 E0411 \"理由\"` 说明。",
         "The 项目支出 of the 部门整体支出绩效目标表 equals the sum of the budgets of the document's project tables. When the document holds only some of the projects, say so with `确认 E0411 \"reason\"`.");
    TaskAmount = "E0412" "task-amount" Error
        ("履职目标的金额不等于其项目预算之和", "a task's amount is not its projects' budgets")
        ("年度履职目标每一行的预算金额是其下支出项目预算数之和，按精确的十进制计算。",
         "The amount of each row of 年度履职目标 is the sum of the budgets of the projects under it, in exact decimal arithmetic.");
    ImplausibleAmount = "E0413" "implausible-amount" Warning
        ("金额像是以元为单位", "amount looks like 元")
        ("文档的金额单位是万元，这个项目的预算数没有写单位，却在 10 亿元（100000 万元）以上。从以元为单位的表格抄来的数字常是这样：`预算 150000` 本意是 15 万元。写上单位（`150000 元`），或确认金额无误。",
         "The document's money unit is 万元, and this project's budget, written without a unit, is 1 billion 元 (100000 万元) or more. A figure copied from a table in 元 often looks like this: `预算 150000` meant 15 万元. Write its unit (`150000 元`), or acknowledge that the amount is right.");

    MissingValueUnit = "E0501" "missing-value-unit" Error
        ("定量指标值缺少单位", "quantitative value without unit")
        ("定量指标值必须带计量单位（%、个、次、万元 …），或在 `计量单位` 中给出。名称含“率”的指标通常以 % 计。",
         "A quantitative value needs a unit (%, 个, 次, 万元 …), written after the number or in `计量单位`. Indicators whose name contains 率 are usually in %.");
    UnitSpelling = "E0502" "unit-spelling" Warning
        ("单位用文字书写", "unit spelled as a word")
        ("单位写成了文字或简称，如 `百分比`（应为 %）、`万`（金额应为 万元）。含义可以推断，但统一写法便于汇总和比较。",
         "A unit is spelled as a word or abbreviation, such as `百分比` (use %) or `万` (for money, use 万元). The meaning can be inferred, but one spelling makes tables comparable.");
    UnknownMeasureUnit = "E0503" "unknown-measure-unit" Warning
        ("未知的计量单位", "unknown measurement unit")
        ("计量单位不在内置列表中。若确实是单位，可在文档头用 `补充单位 …` 加入。",
         "The measurement unit is not in the built-in list. If it is a real unit, add it in the header with `补充单位 …` (extra_units).");
    MixedValue = "E0504" "mixed-value" Error
        ("指标值混合了数字与定性描述", "value mixes a number and a qualitative level")
        ("指标值既有数字又有定性词，如 `100 良好`、`100%巩固提升`。定量指标写数字和单位，定性指标只写等级。",
         "The value has both a number and a qualitative word, such as `100 良好` or `100%巩固提升`. A quantitative target is a number with a unit; a qualitative one is a level alone.");
    PercentRange = "E0505" "percent-range" Error
        ("百分比超出 0–100", "percentage outside 0–100")
        ("百分比指标值应在 0 到 100 之间。名称含 增长、增幅、增速、倍 的比率指标除外。",
         "A percentage target lies between 0 and 100. Growth and ratio indicators whose name contains 增长, 增幅, 增速 or 倍 are exempt.");
    PercentAtLeast100 = "E0506" "percent-at-least-100" Warning
        ("≥100% 的目标", "target of ≥100%")
        ("`≥100%` 实际上只能等于 100%，且几乎无法超额完成。要求全部完成时写 `=100%` 或 `100%`。",
         "`≥100%` can only ever be met at exactly 100% and cannot be exceeded. When everything must be done, write `=100%` or `100%`.");
    SatisfactionCeiling = "E0507" "satisfaction-ceiling" Error
        ("满意度指标写成了上限", "satisfaction target is a ceiling")
        ("满意度指标是下限：比较符应为 ≥、> 或 =。`≤95%` 意味着满意度越低越好。",
         "A satisfaction target is a floor: its comparator is ≥, > or =. `≤95%` would mean the less satisfied the better.");
    SatisfactionLow = "E0508" "satisfaction-low" Warning
        ("满意度目标偏低", "low satisfaction target")
        ("满意度目标通常在 80%–95% 之间。低于 80% 的目标偏低，请确认。",
         "Satisfaction targets are usually between 80% and 95%. A target below 80% is low; make sure it is intended.");
    TimelinessValue = "E0509" "timeliness-value" Warning
        ("时效指标值不是时间", "timeliness value is not a time")
        ("时效指标的值应是日期或期限（`12月底前`、`2023年12月31日前`）、时长（`≤1 小时`）、及时性等级（`及时`）或及时率（名称含“率”时的百分比）。",
         "A timeliness target is a date or deadline (`12月底前`, `2023年12月31日前`), a duration (`≤1 小时`), a timeliness level (`及时`) or, when the name contains 率, a rate in %.");
    DeadlineYear = "E0510" "deadline-year" Warning
        ("期限不在预算年度内", "deadline outside the budget year")
        ("时效指标的期限年份应为预算年度（多年项目除外）。",
         "A deadline should fall in the budget year (multi-year projects aside).");
    UnknownQualitative = "E0511" "unknown-qualitative" Warning
        ("未知的定性指标值", "unknown qualitative level")
        ("定性指标值应取自一组固定的等级（巩固提升、有效提升、可持续、良好、及时、达标 …），便于评价打分。若确需其他等级，在文档头用 `补充定性 …` 加入。",
         "A qualitative target should come from a fixed set of levels (巩固提升, 有效提升, 可持续, 良好, 及时, 达标 …) so that it can be scored. To use another level, add it in the header with `补充定性 …` (extra_levels).");
    QuantityNotNumeric = "E0512" "quantity-not-numeric" Warning
        ("数量指标没有数值", "quantity indicator without a number")
        ("数量指标应以数字和单位表示（`≥20 个`），定性描述无法考核。",
         "A quantity (数量) indicator should be a number with a unit (`≥20 个`); a qualitative description cannot be measured.");
    MissingValue = "E0513" "missing-value" Error
        ("缺少指标值", "missing target value")
        ("每个指标都要有指标值；不适用的行写 `不涉及`。",
         "Every indicator needs a target value; write `不涉及` on rows that do not apply.");
    InconsistentUnit = "E0514" "inconsistent-unit" Warning
        ("同名指标的单位与其他项目不同", "unit differs from the same indicator elsewhere")
        ("同一名称的指标在文档的其他项目中使用另一个单位（如多数项目 `≥8 小时`，这里 `≥80%`），可能是录入错误。",
         "An indicator with the same name uses a different unit in the document's other projects (most say `≥8 小时`, this one `≥80%`); likely a typing error.");
    AnnualBeyondLongTerm = "E0515" "annual-beyond-long-term" Warning
        ("年度目标超过中长期目标", "annual target beyond the long-term target")
        ("同一指标的年度目标不应比中期或长期目标更高（下限指标）或更低（上限指标）。",
         "An annual target should not be higher (for floors) or lower (for ceilings) than the mid- or long-term target of the same indicator.");
    InvalidDate = "E0516" "invalid-date" Error
        ("日期无效", "invalid date")
        ("期限中的月份或日期不存在，如 13 月或 2 月 30 日。",
         "A deadline names a month or day that does not exist, such as month 13 or 30 February.");
    DirectionConflict = "E0517" "direction-conflict" Error
        ("指标值与指标性质或方向矛盾", "value contradicts the indicator's nature or direction")
        ("表中有指标性质或指标方向栏时，指标值的比较关系须与之一致：正向指标（越大越好）是下限 ≥，反向指标（越小越好）是上限 ≤；指标方向写了 大于等于，指标值就不能写 ≤。矛盾的一处通常是抄错了。",
         "When the table has a nature (指标性质) or direction (指标方向) column, the value's comparison must agree: a 正向 (more is better) indicator is a floor ≥, a 反向 (less is better) one a ceiling ≤; with direction 大于等于 the value cannot say ≤. One of the two was usually copied wrong.");
    UnknownNature = "E0518" "unknown-nature" Warning
        ("指标性质或方向无法识别", "unknown nature or direction")
        ("指标性质为 正向、反向 或 定性；指标方向为比较关系：大于等于、小于等于、等于（或 ≥ ≤ =）。其他写法无法核对指标值。",
         "The nature (指标性质) is 正向, 反向 or 定性; the direction (指标方向) a comparison: 大于等于, 小于等于, 等于 (or ≥ ≤ =). Other words leave the value unchecked.");
    UnknownTemplate = "E0519" "unknown-template" Error
        ("指标库中没有这个模板", "no template of this name in the library")
        ("`模板 \"名称\" 值` 的一行取用指标库中同名模板的类别、计量单位、指标性质、描述和依据，但文档包含的 `指标库` 中没有这个名称的模板。检查名称是否与模板一字不差，是否 `包含` 了指标库文件；不用模板时删去 `模板`，写出这一行的类别。",
         "A row `模板 \"name\" value` takes the category, unit, nature, description and basis of the library's template of that name, but no `指标库` (library) the document includes declares one. Check that the name matches the template's exactly and that the library file is included; without a template, remove `模板` and write the row's category.");
    TemplateMismatch = "E0520" "template-mismatch" Error
        ("指标与其模板不一致", "row differs from its template")
        ("取用模板的一行自己写出的二级指标、计量单位或指标性质与指标库中的模板不同。同一指标在各项目中口径应一致，才能汇总和比较；改为模板的写法，或若确实是另一个指标，换一个名称并删去 `模板`。",
         "A row made from a template writes a second-level category, unit or nature other than the library's template. The same indicator should be measured alike in every project to be summed and compared; write it as the template does, or, if it is really another indicator, rename it and remove `模板`.");
    BelowReference = "E0521" "below-reference" Warning
        ("指标值低于模板的参考值", "target weaker than the template's reference value")
        ("指标库为模板给出了参考值（及其依据）。正向指标的目标低于参考值、反向指标的目标高于参考值时，目标偏低，审核时通常要求说明理由或调高目标。",
         "The library gives the template a reference value (with its basis). A floor below it, or a ceiling above it, is a weak target; reviewers usually ask for a reason or a higher target.");
    UnusedTemplate = "E0522" "unused-template" Warning
        ("模板没有被使用", "template never used")
        ("文档自己的文件（含有项目或部门目标的文件）中声明的模板，没有任何一行用 `模板 \"名称\"` 取用。删去它，或在指标行中使用它。单独成文件的指标库供多个文档共用，其中的模板不要求都被使用。",
         "A template declared in the document's own files (those holding projects or the 部门目标) is named by no row `模板 \"name\"`. Remove it or use it. A library in a file of its own is shared by many documents, and not all of its templates need be used.");
    MissingCoreTemplate = "E0523" "missing-core-template" Warning
        ("缺少核心指标", "core indicator missing")
        ("指标库中标为 `核心`（★）的模板，适用于该项目的项目类型（模板未写 `适用` 时适用于所有项目），项目却没有这个指标。按《中央部门项目支出核心绩效目标和指标设置及取值指引（试行）》（财预〔2021〕101号），核心指标应当设置。",
         "A template marked `核心` (core, ★) applies to the project's kind (项目类型; to every project when it has no `适用`), but the project has no such indicator. Core indicators are to be set (财预〔2021〕101号).");
    DuplicateTemplate = "E0524" "duplicate-template" Error
        ("模板重复", "template declared twice")
        ("文档包含的指标库中有两个同名模板。取用模板的行只用第一个；删去或改名其中一个。",
         "Two templates of the document's libraries share a name. Rows use the first; remove or rename one.");
    LoosenedFromLastYear = "E0525" "loosened-from-last-year" Warning
        ("指标值比上年放松", "target loosened from last year")
        ("同一项目（按编码或名称对应）的同一指标，今年的目标比上年（`上年` 指向的文档）要求更低：下限调低、上限调高或期限推后。目标放松须说明理由：改回上年的目标，或在这一行写 `确认 E0525 \"理由\"`（如任务量减少、标准调整）。",
         "The same indicator of the same project (matched by code or name) asks for less than last year (the document named by `上年`): a floor lowered, a ceiling raised or a deadline put back. A loosened target needs a reason: restore last year's target, or write `确认 E0525 \"reason\"` on the row (less work, a changed standard).");
    CopiedFromLastYear = "E0526" "copied-from-last-year" Warning
        ("指标照抄上年", "indicators copied unchanged from last year")
        ("项目的全部指标（名称、指标值和描述）与上年完全相同，像是用“复制上年指标”原样照抄。绩效目标应按今年的任务和预算确定；确实不变时写 `确认 E0526 \"理由\"`。",
         "Every indicator of the project (name, target and description) is the same as last year's, as if copied with 复制上年指标. Targets should follow this year's tasks and budget; when they truly stay the same, write `确认 E0526 \"reason\"`.");
    BudgetGrewTargetsFlat = "E0527" "budget-grew-targets-flat" Warning
        ("预算增加而目标未提高", "budget grew while the targets stayed flat")
        ("项目预算比上年增加，但没有一个指标值提高，也没有新增指标：多花的钱换来什么说不清楚（审核的“适当性”）。提高相应的产出目标，或写 `确认 E0527 \"理由\"`（如价格上涨）。",
         "The project's budget grew from last year, but no target was raised and no indicator added: what the extra money buys is unclear (the review's 适当性). Raise the matching output targets, or write `确认 E0527 \"reason\"` (prices rose, say).");

    ScheduleDecreases = "E0601" "schedule-decreases" Error
        ("支出计划累计进度下降", "cumulative schedule decreases")
        ("资金支出计划是累计百分比：3月底 ≤ 6月底 ≤ 10月底 ≤ 12月底。后一时点不能低于前一时点。",
         "The spending plan is cumulative: 3月底 ≤ 6月底 ≤ 10月底 ≤ 12月底. A later point cannot be lower than an earlier one.");
    ScheduleIncomplete = "E0602" "schedule-incomplete" Error
        ("支出计划年底未达到 100%", "schedule does not reach 100%")
        ("累计支出计划应在年底（最后一个时点）达到 100%。",
         "The cumulative plan must reach 100% by the end of the year (its last point).");
    ScheduleRange = "E0603" "schedule-range" Error
        ("支出计划百分比超过 100%", "schedule percentage above 100%")
        ("累计支出百分比不能超过 100%。",
         "A cumulative spending percentage cannot exceed 100%.");
    ScheduleOrder = "E0604" "schedule-order" Error
        ("支出计划时点重复或乱序", "schedule months repeated or out of order")
        ("支出计划的时点应按月份递增排列，每个时点只写一次，月份在 1–12 之间。",
         "The points of a spending plan are written in increasing month order, each once, with months from 1 to 12.");
    ScheduleSlow = "E0605" "schedule-slow" Note
        ("支出进度偏慢", "slow spending plan")
        ("财政部门按序时进度监控预算执行：6月底低于 30% 或 10月底低于 60% 的计划明显滞后，年底集中支出的风险较大。一次性支付的项目可以忽略。",
         "Finance departments monitor execution against elapsed time: below 30% by 6月底 or below 60% by 10月底 is clearly behind and risks year-end spending. Projects paid in one instalment can ignore this.");

    Placeholder = "E0701" "placeholder" Error
        ("残留模板占位符", "template placeholder left in")
        ("文本中留有模板占位内容，如 `目标内容 1`、`XX`、`**`、`……` 或空文本。请填写实际内容。",
         "The text still holds a template placeholder such as `目标内容 1`, `XX`, `**`, `……` or nothing at all. Fill in the real content.");
    LongValueText = "E0702" "long-value-text" Warning
        ("指标值是一段长文字", "long text in the value column")
        ("指标值是一段较长的文字而非数值或等级，常见于表格错列（描述填进了指标值栏）。",
         "The target value is a long piece of text rather than a number or level; usually a column shift (a description typed into the value column).");
    ValueRepeatsName = "E0703" "value-repeats-name" Warning
        ("指标值重复了指标名称或描述", "value repeats the name or description")
        ("指标值与三级指标名称或指标描述相同，说明表格错列：应写目标值。",
         "The target value equals the indicator's name or description: the columns have shifted; write the target instead.");
    BasisIsValue = "E0704" "basis-is-value" Error
        ("依据栏填了指标值", "basis column holds a value")
        ("指标值确定依据填写的是一个指标值（如 `巩固提升`、`≥90%`）或与指标名称相同，说明表格错列。依据应说明目标值的来源：计划标准、行业标准、历史标准或财政部门标准。",
         "The basis column holds a target value (such as `巩固提升` or `≥90%`) or repeats the indicator's name: the columns have shifted. The basis says where the target comes from: plans, industry standards, history or finance standards.");
    MissingBasis = "E0705" "missing-basis" Warning
        ("缺少指标值确定依据", "missing basis")
        ("每个指标都应写明指标值确定依据（`依据 年度工作计划`）；不涉及的行除外。",
         "Every indicator should state the basis of its target (`依据 年度工作计划`); rows that do not apply are exempt.");
    UnrecognisedBasis = "E0706" "unrecognised-basis" Note
        ("依据不属于标准类别", "basis not in a standard category")
        ("指标值确定依据通常归入四类：计划标准（年度工作计划、实施方案、合同）、行业标准（行业规范、国家标准）、历史标准（历史数据、上年完成情况）、财政部门标准（预算批复、支出标准）。这条依据无法归类。",
         "The basis normally falls in one of four categories: plans (年度工作计划, 实施方案, contracts), industry standards (行业规范, 国家标准), history (历史数据, last year's results) or finance standards (预算批复, 支出标准). This one could not be classified.");
    DuplicateIndicator = "E0707" "duplicate-indicator" Warning
        ("指标重复", "duplicate indicator")
        ("同一项目中两个指标的三级指标名称相同（不涉及的行除外）。",
         "Two indicators of one project have the same third-level name (rows that do not apply are exempt).");
    DuplicateDescription = "E0708" "duplicate-description" Warning
        ("指标描述重复", "duplicate description")
        ("同一项目中两个不同指标的描述相同，通常是复制后忘了修改。",
         "Two different indicators of one project have the same description, usually copied and not edited.");
    UnbalancedBrackets = "E0709" "unbalanced-brackets" Warning
        ("括号或书名号不配对", "unbalanced brackets")
        ("文本中的 《》、（）、“” 等没有成对出现。",
         "Brackets such as 《》, （） or “” in the text do not pair up.");
    DoubledPunctuation = "E0710" "doubled-punctuation" Warning
        ("标点重复", "doubled punctuation")
        ("文本中出现连续的标点，如 `，。` 或 `。。`。",
         "The text has consecutive punctuation such as `，。` or `。。`.");
    RepeatedPhrase = "E0711" "repeated-phrase" Warning
        ("短语重复", "repeated phrase")
        ("文本中同一分句紧接着重复出现，如 `为城市建设提供规划引领，为城市建设提供规划引领`。",
         "The same clause appears twice in a row, e.g. `为城市建设提供规划引领，为城市建设提供规划引领`.");
    InvisibleCharacter = "E0712" "invisible-character" Error
        ("文本中有不可见的控制字符", "invisible control character in text")
        ("文本中有控制字符（如终端转义 U+001B、响铃 U+0007、删除 U+007F）或改变文字方向的字符（如 U+202E）。它们在表格中不显示或显示为方框，还可能让文字倒序显示，使打印出的内容与文件不同；常见于从网页或其他系统复制的文字。删除这个字符；需要换行时写 `\\n`。",
         "The text holds a control character (an escape U+001B, a bell U+0007, a delete U+007F …) or one that changes the direction of text (such as U+202E). They print as nothing or as a box, or turn the text around, so that the printed form differs from the file; they often come with text copied from web pages or other systems. Delete the character; write `\\n` for a line break.");

    UncoveredCharacter = "E0801" "uncovered-character" Warning
        ("没有字体能显示的字符", "character no font can draw")
        ("PDF 会用方框代替这个字符：内置字体和 `--font-path` 添加的字体都不含它。请添加含该字的字体，或改用常用字。",
         "The PDF would show a box for this character: neither the bundled fonts nor those added with `--font-path` contain it. Add a font that has it, or use a common character.");
    TemplateError = "E0802" "template-error" Error
        ("排版模板出错", "typesetting template error")
        ("Typst 编译 `--template` 指定的自定义模板时出错，未生成 PDF。请修改模板；模板读取的数据见 `perfc schema`。",
         "Typst reported an error compiling the custom template given with `--template`; no PDF was written. Fix the template; `perfc schema` describes the data it reads.");
    TemplateWarning = "E0803" "template-warning" Warning
        ("排版模板警告", "typesetting template warning")
        ("Typst 编译模板时给出警告，如字体名称未知。PDF 已生成，但可能与预期不同。",
         "Typst warned while compiling the template, for example about an unknown font family. The PDF was written but may not look as intended.");
    TypesettingLimit = "E0804" "typesetting-limit" Error
        ("排版超出时间或内存上限", "typesetting past its time or memory limit")
        ("排版用时超过了 `--timeout` 的时限（默认 300 秒），或占用的内存超过了 `--memory-limit`（默认 4096 MiB，在 Linux 上检查），未生成 PDF；JSON 和工作簿照常写出。一份文档通常几秒内、几百 MiB 内存排完；极长的文字（如一个几十万字的指标名称）会让排版很慢、很占内存，报告指向文档中最长的文字。缩短它，或放宽上限。",
         "Typesetting took longer than `--timeout` allows (300 seconds by default), or more memory than `--memory-limit` (4096 MiB by default, checked on Linux); no PDF was written, the JSON and the workbook were. A document typesets in seconds and a few hundred MiB; a very long text (an indicator name of hundreds of thousands of characters) makes it slow and large, and the report points at the document's longest text. Shorten it, or raise the limit.");
    InternalTemplateError = "E0805" "internal-template-error" Error
        ("perfc 内置模板出错", "perfc's own template failed")
        ("perfc 内置的官方表样模板在排版这份文档时出错，未生成 PDF。这是 perfc 的缺陷，不是文档的错误：任何通过检查的文档都应能排版。请把文档（或删去内容后仍出错的最小部分）和这条消息报告给 perfc 的维护者；JSON 和工作簿照常写出。",
         "perfc's built-in template for the official forms failed on this document; no PDF was written. This is a bug in perfc, not a mistake in the document: every document that passes the check should typeset. Please report the document (or the smallest part of it that still fails) with this message to perfc's maintainers; the JSON and the workbook were written.");

    EvaluationProject = "E0901" "evaluation-project" Error
        ("自评或监控指向的项目不存在", "self-evaluation or monitoring of a project the document does not have")
        ("`自评` 和 `监控` 后写项目的编码或名称，须与文档（通常由 `包含` 读入的绩效目标）中的项目一致，才能与目标对照、打分。",
         "`自评` and `监控` name the project by its code or name, which must match a project of the document (usually the approved targets, read with `包含`), so that the year can be held against them.");
    EvaluationIndicator = "E0902" "evaluation-indicator" Error
        ("自评或监控行指向的指标不存在", "self-evaluation or monitoring row names no indicator")
        ("自评和监控的每一行以三级指标名称开头，须与该项目绩效目标中的指标名称完全一致；名称不一致的行不计分，也不与目标对照。",
         "Each row of a self-evaluation or a monitoring starts with a third-level indicator name, which must equal the name of one of the project's target indicators; a row that matches none is neither scored nor held against a target.");
    MissingActual = "E0903" "missing-actual" Error
        ("缺少实际完成值", "missing actual value")
        ("自评要为项目的每个绩效指标写实际完成值（`实际 …`，不适用写 `实际 不涉及`），并在 `资金` 中写全年预算数和全年执行数；缺少的指标按 0 分计。监控要为每个指标写截至目前完成值（`完成 …`）和完成目标可能性（`可能性 确定能`），并在 `资金` 中写执行数。",
         "A self-evaluation gives every target indicator of the project its actual value (`实际 …`, or `实际 不涉及`), and `资金` gives 全年预算数 and 全年执行数; a missing indicator scores 0. A monitoring gives every indicator its value so far (`完成 …`) and the likelihood of meeting it (`可能性 确定能`), and `资金` gives 执行数.");
    ActualMismatch = "E0904" "actual-mismatch" Error
        ("实际完成值与指标值无法比较", "actual value not comparable with the target")
        ("实际完成值（监控中的 `完成`、`预计` 值也一样）要与指标值同类、同单位：数量写不带比较符的数和同一单位（目标 `≥95%`，实际 `97.5%`），时效写日期，定性写 达成、部分达成 或 未达成。无法比较的行按 0 分计。",
         "The actual value (and a monitoring's `完成` and `预计` values) must be of the target's kind and unit: a number without comparator in the same unit (target `≥95%`, actual `97.5%`), a date for a deadline, 达成/部分达成/未达成 for a qualitative target. A row that cannot be compared scores 0.");
    ScoreMismatch = "E0905" "score-mismatch" Error
        ("得分与计算结果不符", "written score differs from the computed one")
        ("写出的得分要与按评分规则算出的得分一致（保留两位小数，四舍五入），不能超过分值；定性指标的得分要落在等级的分数段内：达成 80%–100%、部分达成 60%–80%、未达成 0–60% 的分值。",
         "A written score must equal the one the scoring rules give (2 places, half away from zero) and not exceed the weight; a qualitative row's score must lie in its level's band: 达成 80–100%, 部分达成 60–80%, 未达成 0–60% of the weight.");
    MissingDeviation = "E0906" "missing-deviation" Warning
        ("缺少偏差原因分析", "missing deviation explanation")
        ("指标未得满分，或实际完成值超过目标的 130%（评分中的 `偏差阈值`）时，应写 `偏差 \"原因分析及改进措施\"`：超出过多说明目标定得偏低。",
         "A row that loses points, or whose actual exceeds its target by the profile's threshold (130% unless `偏差阈值` says otherwise), needs `偏差 \"…\"` (causes and improvements): far above target means the target was set too low.");
    LowExecution = "E0907" "low-execution" Warning
        ("预算执行率低于 90% 未说明原因", "execution below 90% without a reason")
        ("全年执行数（监控中为全年预计执行数）不足全年预算数的 90% 时，应在 `资金` 中写 `偏差 …` 说明原因。",
         "When 全年执行数 (in a monitoring, the forecast 预计执行数) is below 90% of 全年预算数, give the reason in `资金` with `偏差 …`.");
    StatedRate = "E0908" "stated-rate" Error
        ("执行率与金额不符", "stated execution rate disagrees with the amounts")
        ("写出的执行率要等于 全年执行数 ÷ 全年预算数（百分比保留两位小数）。",
         "A stated execution rate must equal 全年执行数 ÷ 全年预算数 (in percent, 2 places).");
    WeightsTotal = "E0909" "weights-total" Error
        ("分值合计不符", "weights do not add up")
        ("评分的执行率、产出、效益、满意度分值合计应为 100；一类指标写出的分值合计不能超过该类的分值，全部写出时应正好等于它。",
         "The scoring profile's points (执行率, 产出, 效益, 满意度) add up to 100; the 分值 written in a block may not exceed its points, and equal them when every row has one.");
    QualitativeScore = "E0910" "qualitative-score" Error
        ("定性指标缺少得分", "qualitative row without a score")
        ("定性指标由评价人打分：实际写 部分达成 或 未达成 时要写 `得分`（达成未写得分按满分计）。",
         "Qualitative rows are scored by the evaluator: with 部分达成 or 未达成 write `得分` (达成 without a score gets full marks).");
    EvaluationFundsSum = "E0911" "evaluation-funds-sum" Error
        ("资金来源之和与合计不符", "sources of funds do not add up")
        ("自评 `资金` 中各来源（当年财政拨款、上年结转、其他资金）的年初预算数、全年预算数、全年执行数之和，应分别等于年度资金总额的同一栏。",
         "In a self-evaluation's `资金`, the sources (当年财政拨款, 上年结转, 其他资金) add up, column by column (年初预算数, 全年预算数, 全年执行数), to the total's.");
    BehindPlan = "E0912" "behind-plan" Warning
        ("支出进度落后于支出计划未说明原因", "spending behind the plan without a reason")
        ("监控截至月底的执行数占全年预算数的比例，低于项目 `支出计划` 到该月底的累计比例时，应在 `资金` 中写 `偏差 原因类别 \"分析\"` 和 `纠偏 \"措施\"`。资金的灯：不低于计划为绿灯，落后不到 10 个百分点为黄灯，落后 10 个百分点及以上为红灯（没有支出计划时按序时进度，即已过月数 ÷ 12）。",
         "When the share of 全年预算数 spent by the cut-off month is below what the project's `支出计划` planned by then, `资金` gives `偏差 kind \"analysis\"` and `纠偏 \"measures\"`. The money's light: green on plan, yellow less than 10 percentage points behind, red from 10 points behind (without a 支出计划, against elapsed time: months ÷ 12).");
    ForecastContradiction = "E0913" "forecast-contradiction" Warning
        ("预计完不成却写确定能", "forecast misses the target while the likelihood says certain")
        ("全年预计完成值达不到指标值时，完成目标可能性不能写 `确定能`：改写预计值，或把可能性改为 `有可能` 或 `完全不可能` 并写偏差原因和纠偏措施。",
         "When the forecast for the year misses the target, the likelihood cannot be `确定能`: correct the forecast, or write `有可能` or `完全不可能` with the cause and the corrective measures.");
    CeilingPassed = "E0914" "ceiling-passed" Warning
        ("已超出指标上限", "a ceiling already passed")
        ("上限指标（`≤`、`<`，如成本）截至目前的完成值已经超过指标值，全年不可能再达标：写偏差原因和纠偏措施，可能性不应是 `确定能`。",
         "A ceiling (`≤`, `<`, a cost for instance) that the value so far already exceeds cannot be met this year: give the cause and corrective measures; the likelihood cannot be `确定能`.");
    MissingCorrection = "E0915" "missing-correction" Warning
        ("可能完不成的指标缺少预计值、偏差原因或纠偏措施", "an uncertain row without forecast, cause or measures")
        ("完成目标可能性为 `有可能` 或 `完全不可能` 时，应写全年预计完成值（`预计 …`）、偏差原因（`偏差 经费保障 \"分析\"`，类别为 经费保障、制度保障、人员保障、硬件保障、其他）和纠偏措施（`纠偏 \"…\"`）。",
         "When the likelihood is `有可能` or `完全不可能`, the row gives the forecast (`预计 …`), the cause (`偏差 经费保障 \"analysis\"`, of the kinds 经费保障, 制度保障, 人员保障, 硬件保障, 其他) and the corrective measures (`纠偏 \"…\"`).");
    MonitoringWord = "E0916" "monitoring-word" Error
        ("完成目标可能性或偏差原因类别写法不对", "unknown likelihood or cause")
        ("完成目标可能性写 确定能、有可能 或 完全不可能；偏差原因类别写 经费保障、制度保障、人员保障、硬件保障 或 其他，几类之间用 `、` 分开，分析写在其后的引号中。",
         "The likelihood is 确定能, 有可能 or 完全不可能; a cause's kinds are 经费保障, 制度保障, 人员保障, 硬件保障 or 其他, separated by `、`, with the analysis in quotes after them.");
    MonitoringAmounts = "E0917" "monitoring-amounts" Error
        ("执行数超过预算或预计", "spending beyond the budget or the forecast")
        ("监控的执行数不能超过全年预算数和全年预计执行数，预计执行数也不能超过全年预算数（没有写全年预算数时与项目预算比较）。",
         "A monitoring's 执行数 cannot exceed 全年预算数 or the forecast 预计执行数, nor the forecast the budget (the project's 预算 when 全年预算数 is not written).");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_ids_index_the_table() {
        for (i, rule) in RULES.iter().enumerate() {
            assert_eq!(rule.id as usize, i, "{} is out of place", rule.code);
        }
    }

    #[test]
    fn codes_are_unique_and_sorted() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{} then {}",
                pair[0].code,
                pair[1].code
            );
        }
    }

    #[test]
    fn codes_are_an_e_and_four_digits() {
        for rule in RULES {
            let digits = &rule.code[1..];
            assert!(rule.code.starts_with('E') && digits.len() == 4);
            assert!(digits.chars().all(|c| c.is_ascii_digit()), "{}", rule.code);
        }
    }

    #[test]
    fn find_is_case_insensitive() {
        assert_eq!(find("e0401").map(|r| r.id), Some(RuleId::BudgetSum));
        assert!(find("E9999").is_none());
    }
}
