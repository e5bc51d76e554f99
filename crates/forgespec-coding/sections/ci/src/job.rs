//! 持续集成 › build jobs ("构建计划"): create (from scratch or from a team template),
//! modify, delete, describe and list them, and clear their cache.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{CIJobEnv, CiApiVersion};
use crate::common::{RequestIdResponse, actions};

/// 执行方式 CVM | STATIC | AGENT
// E711: ModifyCodingCIJob lists CVM | STATIC only, yet its ExecutedAgentPoolId is
// "ExecuteIn 为 AGENT 必填"; one enum with CreateCodingCIJob's three values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiExecuteIn {
    /// CVM
    Cvm,
    /// STATIC
    Static,
    /// AGENT(自定义构建节点池,见 ExecutedAgentPoolId)
    Agent,
}

/// 代码更新触发匹配规则 DEFAULT,TAG,BRANCH,CUSTOM
// E712: ModifyCodingCIJob's row lists no values; CreateCodingCIJob's four apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiHookType {
    /// DEFAULT(须指定 BranchSelector)
    Default,
    /// TAG
    Tag,
    /// BRANCH
    Branch,
    /// CUSTOM(须指定 BranchRegex)
    Custom,
}

/// STATIC,SCM 从代码库读取
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiJenkinsFileFromType {
    /// STATIC(JenkinsFileStaticContent 必填)
    Static,
    /// SCM 从代码库读取(JenkinsFilePath 必填)
    Scm,
}

/// 仓库类型 CODING_OTHER_PROJ,CODING,TGIT,GITHUB,GITLAB,GITLAB_PRIVATE,GITEE,COMMON_GIT_REPO,NONE
// E713: ModifyCodingCIJob lists seven of these nine values; one enum with all nine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiDepotType {
    /// CODING_OTHER_PROJ
    CodingOtherProj,
    /// CODING
    Coding,
    /// TGIT
    Tgit,
    /// GITHUB
    Github,
    /// GITLAB
    Gitlab,
    /// GITLAB_PRIVATE
    GitlabPrivate,
    /// GITEE
    Gitee,
    /// COMMON_GIT_REPO
    CommonGitRepo,
    /// NONE
    None,
}

/// 触发方式
///
/// REF_CHANGE 代码更新触发
///
/// CRON = 1 定时触发
///
/// MR_CHANGE MR变动触发
// E715: "CRON = 1" is read as the value CRON; every example sends names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiTriggerMethod {
    /// REF_CHANGE 代码更新触发
    RefChange,
    /// CRON = 1 定时触发
    Cron,
    /// MR_CHANGE MR变动触发
    MrChange,
}

/// 构建结果通知触发者机制
///
/// ALWAYS -总是通知;
///
/// BUILD_FAIL -仅构建失败时通知;
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum CiTriggerRemind {
    /// ALWAYS -总是通知;
    Always,
    /// BUILD_FAIL -仅构建失败时通知;
    BuildFail,
}

/// 缓存目录配置
// E700: AbsolutePath is the entry's content; Enabled is optional. No example shows an
// entry (every CachePathList of the examples is empty).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingCIJobCachePath {
    /// 绝对路径
    pub absolute_path: String,
    /// 是否使用
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
}

/// 定时触发配置
// E700: no row is required by sense, and no example shows a schedule (every
// ScheduleList of the examples is empty): all optional.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingCIJobSchedule {
    /// 是否自动变更触发
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ref_change_trigger: Option<bool>,
    /// 分支
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
    /// 日期
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weekend: Option<Vec<i64>>,
    /// 是否周期性
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub repeat: Option<bool>,
    /// 开始时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start_time: Option<String>,
    /// 结束时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_time: Option<String>,
    /// 间隔时间
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interval: Option<String>,
}

/// CodingCIJob：构建计划详情。
// E703: the document names CodingCIJob but never defines it; the fields are read off
// the examples (DescribeCodingCIJob, DescribeCodingCIJobs), all required (every
// example carries every field). Fields that CreateCodingCIJob's table describes take
// its text and its values (E711–E715); the others are described in our words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CodingCIJob {
    /// 构建计划 ID
    pub id: i64,
    /// 项目 ID
    pub project_id: i64,
    /// 项目名称。
    pub project_name: String,
    /// 仓库 ID
    pub depot_id: i64,
    /// 仓库名称。
    pub depot_name: String,
    /// 构建计划名称
    pub name: String,
    /// 执行方式 CVM | STATIC | AGENT
    pub execute_in: CiExecuteIn,
    /// 触发方式
    ///
    /// REF_CHANGE 代码更新触发
    ///
    /// CRON = 1 定时触发
    ///
    /// MR_CHANGE MR变动触发
    pub trigger_method_list: Vec<CiTriggerMethod>,
    /// 代码更新触发匹配规则 DEFAULT,TAG,BRANCH,CUSTOM
    pub hook_type: CiHookType,
    /// hookType 为 DEFAULT 时须指定
    pub branch_selector: String,
    /// hookType 为 CUSTOM 时须指定
    pub branch_regex: String,
    /// STATIC,SCM 从代码库读取
    pub jenkins_file_from_type: CiJenkinsFileFromType,
    /// JenkinsFileFromType 为 SCM 必填
    pub jenkins_file_path: String,
    /// JenkinsFileFromType 为 STATIC 必填
    pub jenkins_file_static_content: String,
    /// 自动取消相同版本
    pub auto_cancel_same_revision: bool,
    /// 自动取消相同 MR
    pub auto_cancel_same_merge_request: bool,
    /// 构建结果通知触发者机制
    ///
    /// ALWAYS -总是通知;
    ///
    /// BUILD_FAIL -仅构建失败时通知;
    pub trigger_remind: CiTriggerRemind,
    /// 任务缓存目录配置
    pub cache_path_list: Vec<CodingCIJobCachePath>,
    /// 环境变量配置
    pub env_list: Vec<CIJobEnv>,
    /// 针对 CRON triggerMethod 的 schedule 规则配置
    pub schedule_list: Vec<CodingCIJobSchedule>,
    /// 不管构建成功还是失败总是通知的用户
    pub always_user_id_list: Vec<i64>,
    /// 仅构建失败时要通知的用户
    pub build_fail_user_id_list: Vec<i64>,
    /// 创建人 ID。
    pub creator_id: i64,
    /// 创建时间。
    pub created_at: i64,
    /// 更新时间。
    pub updated_at: i64,
    /// 仓库的 web 地址。
    pub depot_web_url: String,
    /// 仓库的 ssh 地址。
    pub depot_ssh_url: String,
    /// 仓库的 https 地址。
    pub depot_https_url: String,
    /// Dockerfile 路径。
    pub docker_file_path: String,
    /// Docker 构建目录。
    pub docker_build_path: String,
    /// Docker 镜像标签。
    pub docker_build_tag: String,
    /// 构建计划来源
    // E714: the documented values disagree (CODING; TKE TCB; TCB_FRAMEWORK): a string.
    pub job_from_type: String,
    /// 仓库类型 CODING_OTHER_PROJ,CODING,TGIT,GITHUB,GITLAB,GITLAB_PRIVATE,GITEE,COMMON_GIT_REPO,NONE
    pub depot_type: CiDepotType,
    /// 构建计划所在分组名称。
    // E1412: the export's examples of DescribeCodingCIJob(s) omit it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// 构建缓存大小（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_size: Option<i64>,
    /// 自定义构建节点池 ID（CODING OpenAPI export）
    // E1401: a field only the export has.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executed_agent_pool_id: Option<i64>,
}

// ---------------------------------------------------------------- CreateCodingCIJob

/// 创建构建计划：输入参数。
// E700: ProjectId and Name are required; the conditional "须指定"/"必填" parameters
// stay optional with their text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingCIJobRequest {
    /// 公共参数,本接口取值:CreateCodingCIJob。
    pub action: Action<CreateCodingCIJob>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 构建计划名称
    pub name: String,
    /// 执行方式 CVM | STATIC | AGENT
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_in: Option<CiExecuteIn>,
    /// 代码更新触发匹配规则 DEFAULT,TAG,BRANCH,CUSTOM
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook_type: Option<CiHookType>,
    /// STATIC,SCM 从代码库读取
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenkins_file_from_type: Option<CiJenkinsFileFromType>,
    /// 自动取消相同版本
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_cancel_same_revision: Option<bool>,
    /// 自动取消相同 MR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_cancel_same_merge_request: Option<bool>,
    /// 构建计划来源 CODING
    // E714: a string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_from_type: Option<String>,
    /// 仓库类型 CODING_OTHER_PROJ,CODING,TGIT,GITHUB,GITLAB,GITLAB_PRIVATE,GITEE,COMMON_GIT_REPO,NONE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<CiDepotType>,
    /// REF_CHANGE 代码更新触发
    ///
    /// CRON = 1 定时触发
    ///
    /// MR_CHANGE MR变动触发
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_method_list: Option<Vec<CiTriggerMethod>>,
    /// hookType 为 DEFAULT 时须指定
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_selector: Option<String>,
    /// hookType 为 CUSTOM 时须指定
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_regex: Option<String>,
    /// JenkinsFileFromType 为 SCM 必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenkins_file_path: Option<String>,
    /// JenkinsFileFromType 为 STATIC 必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenkins_file_static_content: Option<String>,
    /// 构建结果通知触发者机制
    ///
    /// ALWAYS -总是通知;
    ///
    /// BUILD_FAIL -仅构建失败时通知;
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_remind: Option<CiTriggerRemind>,
    /// 任务缓存目录配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_path_list: Option<Vec<CodingCIJobCachePath>>,
    /// 环境变量配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_list: Option<Vec<CIJobEnv>>,
    /// 针对 CRON triggerMethod 的 schedule 规则配置, 暂只用于添加
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_list: Option<Vec<CodingCIJobSchedule>>,
    /// 不管构建成功还是失败总是通知的用户
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub always_user_id_list: Option<Vec<i64>>,
    /// 仅构建失败时要通知的用户
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_fail_user_id_list: Option<Vec<i64>>,
    /// 自定义构建节点池 ID,ExecuteIn 为 AGENT 必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executed_agent_pool_id: Option<i64>,
}

/// CreateCodingCIJobData：创建构建计划返回结构。
// E702: not defined by the document; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingCIJobData {
    /// 新建的构建计划 ID。
    pub id: i64,
}

/// 创建构建计划：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingCIJobResponse {
    /// 创建构建计划返回结构
    pub data: CreateCodingCIJobData,
}

// ---------------------------------------------------------------- DeleteCodingCIJob

/// 删除构建计划：输入参数。
// E700: JobId is required. E710: Version and Region are optional. E720: no input
// example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteCodingCIJobRequest {
    /// 公共参数,本接口取值:DeleteCodingCIJob。
    pub action: Action<DeleteCodingCIJob>,
    /// 公共参数,本接口取值:2019-10-21。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CiApiVersion>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 构建计划 ID
    pub job_id: i64,
}

// ---------------------------------------------------------------- ModifyCodingCIJob

/// 修改构建计划：输入参数。
// E700: Id (the job) is required; everything else is optional, the conditional
// "须指定"/"必填" parameters with their text. E710: Version and Region are optional.
// E717: the example omits Action.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyCodingCIJobRequest {
    /// 公共参数,本接口取值:ModifyCodingCIJob。
    pub action: Action<ModifyCodingCIJob>,
    /// 公共参数,本接口取值:2019-10-21。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CiApiVersion>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 项目 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub project_id: Option<i64>,
    /// 仓库 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 执行方式 CVM | STATIC
    // E711: AGENT is accepted too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub execute_in: Option<CiExecuteIn>,
    /// 代码更新触发匹配规则
    // E712: the values are CreateCodingCIJob's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hook_type: Option<CiHookType>,
    /// STATIC,SCM 从代码库读取
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenkins_file_from_type: Option<CiJenkinsFileFromType>,
    /// 自动取消相同版本
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_cancel_same_revision: Option<bool>,
    /// 自动取消相同 MR
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub auto_cancel_same_merge_request: Option<bool>,
    /// 构建结果通知触发者机制
    ///
    /// ALWAYS -总是通知;
    ///
    /// BUILD_FAIL -仅构建失败时通知;
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_remind: Option<CiTriggerRemind>,
    /// 构建计划来源 TKE TCB
    // E714: a string; the example sends TCB_FRAMEWORK.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub job_from_type: Option<String>,
    /// 仓库类型 CODING,TGIT,GITHUB,GITLAB,GITLAB_PRIVATE,GITEE,NONE
    // E713: the nine values of CreateCodingCIJob.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<CiDepotType>,
    /// 构建计划 ID
    pub id: i64,
    /// 构建计划名称
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// REF_CHANGE 代码更新触发
    ///
    /// CRON = 1 定时触发
    ///
    /// MR_CHANGE MR变动触发
    ///
    /// TKE 对接他们传空数组老是有问题,遂改成非必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger_method_list: Option<Vec<CiTriggerMethod>>,
    /// hookType 为 DEFAULT 时须指定
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_selector: Option<String>,
    /// hookType 为 CUSTOM 时须指定
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub branch_regex: Option<String>,
    /// JenkinsFileFromType 为 SCM 必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenkins_file_path: Option<String>,
    /// JenkinsFileFromType 为 STATIC 必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub jenkins_file_static_content: Option<String>,
    /// 任务缓存目录配置
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cache_path_list: Option<Vec<CodingCIJobCachePath>>,
    /// 环境变量配置
    // E716: typed `Array of CodingCIJobEnv`, which is not defined; the table that
    // follows is CIJobEnv.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub env_list: Option<Vec<CIJobEnv>>,
    /// 针对 CRON triggerMethod 的 schedule 规则配置, 暂只用于添加
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule_list: Option<Vec<CodingCIJobSchedule>>,
    /// 不管构建成功还是失败总是通知的用户
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub always_user_id_list: Option<Vec<i64>>,
    /// 仅构建失败时要通知的用户
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub build_fail_user_id_list: Option<Vec<i64>>,
    /// 自定义构建节点池 ID,ExecuteIn 为 AGENT 必填
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub executed_agent_pool_id: Option<i64>,
}

// ---------------------------------------------------------------- DescribeCodingCIJob

/// 获取构建计划详情：输入参数。
// E700: JobId is required. E710: Version and Region are optional. E720: no input
// example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIJobRequest {
    /// 公共参数,本接口取值:DescribeCodingCIJob。
    pub action: Action<DescribeCodingCIJob>,
    /// 公共参数,本接口取值:2019-10-21。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CiApiVersion>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 构建计划 ID
    pub job_id: i64,
}

/// 获取构建计划详情：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIJobResponse {
    /// 构建计划详情
    pub job: CodingCIJob,
}

// ---------------------------------------------------------------- DescribeCodingCIJobs

/// 过滤字段名称(仅支持 Name 和 GroupName 过滤)
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum CiJobFilterName {
    /// Name:按构建计划名称过滤
    Name,
    /// GroupName:按分组名称过滤
    GroupName,
}

/// Filter 参数说明(仅支持 Name 和 GroupName 过滤)
// E700: both fields required (a
// filter is a field and its values).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Filter {
    /// 过滤字段名称
    pub name: CiJobFilterName,
    /// 过滤字段值
    pub value: Vec<String>,
}

/// 查询单个项目下的所有构建计划：输入参数。
// E700: ProjectId is required. E710: Version and Region are optional. E719: the table
// names `Filter.N`; the example sends `Filter`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIJobsRequest {
    /// 公共参数,本接口取值:DescribeCodingCIJobs。
    pub action: Action<DescribeCodingCIJobs>,
    /// 公共参数,本接口取值:2019-10-21。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CiApiVersion>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 项目 ID
    pub project_id: i64,
    /// 过滤参数
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<Vec<Filter>>,
}

/// 查询单个项目下的所有构建计划：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeCodingCIJobsResponse {
    /// CI 任务列表
    pub job_list: Vec<CodingCIJob>,
}

// ---------------------------------------------------------------- ClearCodingCIJobCache

/// 清理构建计划缓存：输入参数。
// E700: Id is required. E710: Version and Region are optional. E717: the example
// omits Action. E718: the endpoint line has a space after `Action=`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ClearCodingCIJobCacheRequest {
    /// 公共参数,本接口取值:ClearCodingCIJobCache。
    pub action: Action<ClearCodingCIJobCache>,
    /// 公共参数,本接口取值:2019-10-21。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<CiApiVersion>,
    /// 公共参数,本接口不需要传递此参数。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// 构建计划ID
    pub id: i64,
}

// ---------------------------------------------------------------- CreateCodingCIJobByTeamTemplate

/// 根据团队模板创建构建计划：输入参数。
// E700: ProjectId, JobName and TemplateId are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingCIJobByTeamTemplateRequest {
    /// 公共参数,本接口取值:CreateCodingCIJobByTeamTemplate。
    pub action: Action<CreateCodingCIJobByTeamTemplate>,
    /// 仓库 ID
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_id: Option<i64>,
    /// 构建计划名称
    pub job_name: String,
    /// 团队构建模板 ID
    pub template_id: i64,
    /// 仓库类型 CODING_OTHER_PROJ,CODING,TGIT,GITHUB,GITLAB,GITLAB_PRIVATE,GITEE,COMMON_GIT_REPO,NONE
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depot_type: Option<CiDepotType>,
    /// 项目 ID
    pub project_id: i64,
}

/// CreateCodingCIJobByTeamTemplateData：根据团队模板创建构建计划返回结构。
// E702: not defined by the document; read off the example.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingCIJobByTeamTemplateData {
    /// 新建的构建计划 ID。
    pub id: i64,
}

/// 根据团队模板创建构建计划：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateCodingCIJobByTeamTemplateResponse {
    /// 根据团队模板创建构建计划返回结构
    pub data: CreateCodingCIJobByTeamTemplateData,
}

actions! {
    /// 创建构建计划
    CreateCodingCIJob {
        summary: "创建构建计划",
        source: "创建构建计划",
        request: CreateCodingCIJobRequest,
        response: CreateCodingCIJobResponse,
    }

    /// 删除构建计划
    DeleteCodingCIJob {
        summary: "删除构建计划",
        source: "删除构建计划",
        request: DeleteCodingCIJobRequest,
        response: RequestIdResponse,
    }

    /// 修改构建计划
    ModifyCodingCIJob {
        summary: "修改构建计划",
        source: "修改构建计划",
        request: ModifyCodingCIJobRequest,
        response: RequestIdResponse,
    }

    /// 获取构建计划详情
    DescribeCodingCIJob {
        summary: "获取构建计划详情",
        source: "获取构建计划详情",
        request: DescribeCodingCIJobRequest,
        response: DescribeCodingCIJobResponse,
    }

    /// 查询单个项目下的所有构建计划
    DescribeCodingCIJobs {
        summary: "查询单个项目下的所有构建计划",
        source: "查询单个项目下的所有构建计划",
        request: DescribeCodingCIJobsRequest,
        response: DescribeCodingCIJobsResponse,
    }

    // E718: the endpoint line reads `Action= ClearCodingCIJobCache`.
    /// 清理构建计划缓存
    ClearCodingCIJobCache {
        summary: "清理构建计划缓存",
        source: "清理构建计划缓存",
        request: ClearCodingCIJobCacheRequest,
        response: RequestIdResponse,
    }

    /// 根据团队模板创建构建计划
    CreateCodingCIJobByTeamTemplate {
        summary: "根据团队模板创建构建计划",
        source: "根据团队模板创建构建计划",
        request: CreateCodingCIJobByTeamTemplateRequest,
        response: CreateCodingCIJobByTeamTemplateResponse,
    }
}
