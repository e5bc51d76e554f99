//! Shapes every CODING Action shares: the `{"Response": {...}}` reply envelope, the
//! reply (an Action's output or the error reply, [`Reply`]), the wire-shape helpers
//! of `forgespec_core::wire` that the sections use, and the user, project and issue
//! shapes that several document sections reuse.
//!
//! How required is derived (ERRATA E1; the later sections follow the same rule):
//! the document's 必选 column is empty for every input parameter, so besides `Action`
//! (always required; the assembly pins it) an input parameter is required only when
//! the Action cannot work without it: the identifiers of the object it acts on and the
//! object's defining content. Filters, paging and settings are optional. Output
//! tables have no such column: an output field is required when every example of its
//! schema carries it, and optional otherwise. `注意:此字段可能返回 null` makes a field
//! nullable.
//!
//! Paging: the document pages in three ways (`PageNumber`/`PageSize` answered by a
//! `Data` object with `TotalCount` and a list whose key differs per Action;
//! `Offset`/`Limit`; `Page`/`PageSize` answered with `TotalPage`). Because the list
//! key differs per Action there is no generic page type: each Action declares its
//! own page struct (E2).

// Field doc comments are the document's own descriptions, verbatim (they become the
// schema descriptions), and some write JSON such as `{"0":[10,11]}` in prose; rustdoc
// would read its brackets as links.
#![allow(rustdoc::broken_intra_doc_links)]

use std::borrow::Cow;
use std::fmt;

use forgespec_core::{Nullable, int_enum};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

// E5: fields typed Integer whose examples send a string: `IntegerOrString`.
// E204: fields typed Float whose examples write whole numbers without a fraction:
// `FlexibleNumber`, which keeps the wire form (`0` stays `0`, `0.5` stays `0.5`).
pub use forgespec_core::wire::{FlexibleNumber, IntegerOrString};

pub use crate::error::{ApiError, ErrorCode, ErrorResponse};
pub use crate::member::{DepartmentMember, DepartmentMemberRef, Role, RoleType, UserStatus};
pub use crate::reply::{Output, Reply};

mod error;
mod member;
mod reply;

/// 响应：every Action's reply, its output or the error reply, wrapped in `Response`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[schemars(rename = "{T}Envelope")]
pub struct Envelope<T> {
    /// 输出参数，或错误信息 (`Error`)。
    #[serde(rename = "Response")]
    pub response: T,
}

/// 仅返回 RequestId 的输出参数。
// An Action whose only output is the `RequestId` every reply carries (`Output`).
// E1012: the document words this table three ways; one shape, one type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
pub struct RequestIdResponse {}

/// 项目信息
// E6: the document names this table `Project`, `项目信息` and `参数信息`; it is one
// shape. Every field but `Id` and `Name` is optional because the document's own
// introductory DescribeOneProject example carries only those two.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct Project {
    /// 项目 ID
    pub id: i64,
    /// 创建时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub created_at: Option<Nullable<i64>>,
    /// 更新时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub updated_at: Option<Nullable<i64>>,
    /// 状态
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub status: Option<Nullable<i64>>,
    /// 类型
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub r#type: Option<Nullable<i64>>,
    /// 名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub name: Nullable<String>,
    /// 显示名称
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub display_name: Option<Nullable<String>>,
    /// 描述
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub description: Option<Nullable<String>>,
    /// 图标
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub icon: Option<Nullable<String>>,
    /// 团队 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub team_id: Option<Nullable<i64>>,
    /// 是否为模板项目
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub is_demo: Option<Nullable<bool>>,
    /// 最大团员数
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub max_member: Option<Nullable<i64>>,
    /// 个人所有者 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub user_owner_id: Option<Nullable<i64>>,
    /// 是否压缩
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub archived: Option<Nullable<bool>>,
    /// 项目开始时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub start_date: Option<Nullable<i64>>,
    /// 团队所有者 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub team_owner_id: Option<Nullable<i64>>,
    /// 项目结束时间
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "Nullable::present"
    )]
    pub end_date: Option<Nullable<i64>>,
    /// 项目所属的项目集 ID 列表（表格未列出，见于示例）。
    // E9: DescribeWorkbenchIssueList's examples carry `ProgramIds` on Project.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub program_ids: Option<Vec<i64>>,
}

int_enum! {
    /// 是否验证：0 否 /1 是
    pub enum Validated {
        /// 0 否
        No = 0,
        /// 1 是
        Yes = 1,
    }
}

/// 用户成员信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct UserData {
    /// 用户Id
    pub id: i64,
    /// 团队Id
    pub team_id: i64,
    /// 用户名
    pub name: String,
    /// 用户名拼音
    pub name_pin_yin: String,
    /// 头像
    pub avatar: String,
    /// 邮箱
    pub email: String,
    /// 手机号
    pub phone: String,
    /// 邮箱是否验证 0 否 /1 是
    pub email_validation: Validated,
    /// 手机是否验证 0 否 /1 是
    pub phone_validation: Validated,
    /// 用户状态
    // E1115: the export documents the values.
    pub status: UserStatus,
    /// 用户 GK（CODING OpenAPI export）
    // E1111: the export's UserData adds GlobalKey, Roles, DepartmentMember and
    // UniqueExtField; the help document's examples do not send them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_key: Option<String>,
    /// 用户组（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles: Option<Vec<Role>>,
    /// 部门成员（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub department_member: Option<DepartmentMember>,
    /// 团队用户扩展字段、唯一。非必填（CODING OpenAPI export）
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_ext_field: Option<String>,
}

/// UserSimple：用户的简要信息（处理人、创建人、关注人等）。
// E7: the table lists Id, Status, Avatar, Name, Email; the examples add GlobalKey
// and Media (CreateIssue) or GlobalKey, TeamId, Phone and TeamGlobalKey (other
// Actions). The extra keys are modelled as optional fields.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct UserSimple {
    /// 用户 Id
    pub id: i64,
    /// 用户状态
    pub status: i64,
    /// 用户唯一标志 (GlobalKey)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub global_key: Option<String>,
    /// 头像地址
    pub avatar: String,
    /// 头像地址 (Media)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media: Option<String>,
    /// 姓名
    pub name: String,
    /// 邮箱
    pub email: String,
    /// 团队 Id。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_id: Option<i64>,
    /// 手机号。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 团队唯一标志 (TeamGlobalKey)。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub team_global_key: Option<String>,
}

/// 事项类型
///
/// DEFECT - 缺陷, STORY - 用户故事, REQUIREMENT - 需求, MISSION - 任务, EPIC - 史诗, SUB_TASK - 子工作项, RISK - 风险, WORK_ITEM - 工作项(项目集使用)
// The values 创建事项 lists for `Type`. E249: the 事项类型 fields whose rows list no
// values (or only examples) use this set too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueType {
    /// DEFECT - 缺陷
    Defect,
    /// STORY - 用户故事
    Story,
    /// REQUIREMENT - 需求
    Requirement,
    /// MISSION - 任务
    Mission,
    /// EPIC - 史诗
    Epic,
    /// SUB_TASK - 子工作项
    SubTask,
    /// RISK - 风险
    Risk,
    /// WORK_ITEM - 工作项(项目集使用)
    WorkItem,
}

/// 优先级
///
/// "0" - 低, "1" - 中, "2" - 高, "3" - 紧急, "" - 未指定
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum IssuePriority {
    /// "0" - 低
    #[serde(rename = "0")]
    Low,
    /// "1" - 中
    #[serde(rename = "1")]
    Medium,
    /// "2" - 高
    #[serde(rename = "2")]
    High,
    /// "3" - 紧急
    #[serde(rename = "3")]
    Urgent,
    /// "" - 未指定
    #[serde(rename = "")]
    Unspecified,
}

/// 优先级
///
/// "0" - 低, "1" - 中, "2" - 高, "3" - 紧急
// The request parameters (创建事项 `Priority`, 修改事项 `Priority`) list these four
// values only; `"" - 未指定` is listed for replies (IssuePriority).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
pub enum IssuePriorityLevel {
    /// "0" - 低
    #[serde(rename = "0")]
    Low,
    /// "1" - 中
    #[serde(rename = "1")]
    Medium,
    /// "2" - 高
    #[serde(rename = "2")]
    High,
    /// "3" - 紧急
    #[serde(rename = "3")]
    Urgent,
}

/// IssueTypeDetail 事项类型具体信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueTypeDetail {
    /// 事项类型ID
    pub id: i64,
    /// 事项类型名称
    pub name: String,
    /// 事项类型基础类型,比如:REQUIREMENT、MISSION
    // E249: the row gives examples only; the values are IssueType's. E8: a placeholder
    // detail (DescribeWorkbenchIssueList's empty ParentIssue) carries "".
    pub issue_type: OrEmpty<IssueType>,
    /// 类型描述
    pub description: String,
    /// 是否是系统内置
    pub is_system: bool,
}

/// The empty string `""`, which CODING sends in place of an enum value that is not set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct EmptyString;

impl Serialize for EmptyString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str("")
    }
}

impl<'de> Deserialize<'de> for EmptyString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = EmptyString;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an empty string")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<EmptyString, E> {
                if v.is_empty() {
                    Ok(EmptyString)
                } else {
                    Err(E::invalid_value(serde::de::Unexpected::Str(v), &self))
                }
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

impl JsonSchema for EmptyString {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        "EmptyString".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({ "type": "string", "const": "" })
    }
}

/// A value, or the empty string `""` that placeholder objects carry instead of it.
// E8: placeholder objects (an issue with no parent or epic, an unset iteration)
// carry `""` where the document lists a closed set of values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum OrEmpty<T> {
    /// A value.
    Value(T),
    /// `""`: not set.
    Empty(EmptyString),
}

impl<T: JsonSchema> JsonSchema for OrEmpty<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> Cow<'static, str> {
        format!("OrEmpty_{}", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("forgespec_coding::OrEmpty<{}>", T::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let value = generator.subschema_for::<T>();
        json_schema!({ "anyOf": [value, { "type": "string", "const": "" }] })
    }
}

/// 事项状态类型,例如:TODO、PROCESSING、COMPLETED
// E250: the set is listed once, in 获取事项的状态变更历史 (`IssueStatus.Type`, with
// COMPLETE for COMPLETED, E44); the other rows give examples only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum IssueStatusType {
    /// TODO - 未开始
    Todo,
    /// PROCESSING - 进行中
    Processing,
    /// COMPLETED - 已完成
    Completed,
}

/// IssueSimple：事项的简要信息（父事项、所属史诗、子工作项、关联事项）。
// E10: the document defines IssueSimple, Epic and SubTask with the same fields and
// refers to IssueSimpleData without defining it; the examples of all four are one
// shape, which some examples extend with IssueStatusType and IssueTypeDetail.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueSimple {
    /// 事项 Code
    pub code: i64,
    /// 事项类型
    // E249: the row lists no values. E8: placeholders carry "". E1412: the
    // export's placeholder Epic omits it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub r#type: Option<OrEmpty<IssueType>>,
    /// 名称
    pub name: String,
    /// 事项状态 Id
    pub issue_status_id: i64,
    /// 事项状态名称
    pub issue_status_name: String,
    /// 事项状态类型,例如:TODO（表格未列出，见于示例）。
    // E250. E8: placeholders carry "".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_status_type: Option<OrEmpty<IssueStatusType>>,
    /// 优先级
    pub priority: IssuePriority,
    /// 处理人
    pub assignee: UserSimple,
    /// 事项类型具体信息（表格未列出，见于示例）。
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_type_detail: Option<IssueTypeDetail>,
}

/// IssueStatus：事项状态。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct IssueStatus {
    /// 事项状态 Id
    pub id: i64,
    /// 状态序号
    pub index: i64,
    /// 名称
    pub name: String,
    /// 类型,例如:TODO、PROCESSING、COMPLETED
    // E250: the row gives examples; the set comes from the status-change log table.
    pub r#type: IssueStatusType,
    /// 描述
    pub description: String,
    /// 是否是系统内置
    pub is_system: bool,
    /// 创建时间
    pub created_at: i64,
    /// 修改时间
    pub updated_at: i64,
}

/// Declares CODING Actions. Each is `POST /open-api?Action=<Name>` (the Action in
/// the body too), its operationId is its name, and its reply, status 200 (success and
/// failure alike, as the Tencent Cloud API framework answers), is the
/// `Response` envelope ([`Envelope`]) around a [`Reply`]: its output and the
/// `RequestId` ([`Output`]), or the error reply ([`ErrorResponse`], E3). An Action
/// whose document lists no input parameter besides `Action` leaves `request` out.
#[macro_export]
macro_rules! actions {
    ($(
        $(#[$attr:meta])*
        $name:ident {
            summary: $summary:expr,
            $(description: $description:expr,)?
            $(source: $source:expr,)?
            $(deprecated: $deprecated:literal,)?
            $(request: $request:ty,)?
            response: $response:ty $(,)?
        }
    )*) => {$(
        $crate::__core::endpoint! {
            $(#[$attr])*
            pub struct $name {
                POST "/open-api",
                action: stringify!($name),
                summary: $summary,
                $(description: $description,)?
                $(source: $source,)?
                $(deprecated: $deprecated,)?
                $(request: $request,)?
                response: (200, "成功时为 Action 的输出，失败时为错误回复 Response.Error（同为状态 200，E3）", $crate::Envelope<$crate::Reply<$response>>),
            }
        }
    )*};
}

// forgespec-core as `actions!` names it: `$crate::__core` resolves in every section
// crate, whatever that crate calls forgespec-core.
#[doc(hidden)]
pub use forgespec_core as __core;
