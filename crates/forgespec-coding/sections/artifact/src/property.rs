//! 制品仓库 › properties: 查询制品属性列表, 新增制品属性, 修改制品属性 and 删除制品属性.

use forgespec_core::{Action, New};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::{RequestIdResponse, actions};

/// 查询制品属性列表：输入参数。
// E900: ProjectId, Repository, Package and PackageVersion are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPropertiesRequest {
    /// 公共参数,本接口取值:DescribeArtifactProperties。
    pub action: Action<DescribeArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 页码（表格未列出，见于示例）。
    // E904: the example sends PageNumber and PageSize, which the table does not list.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_number: Option<i64>,
    /// 每页展示数量（表格未列出，见于示例）。
    // E904
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page_size: Option<i64>,
}

/// ArtifactProperty
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactProperty {
    /// 属性 ID
    pub id: i64,
    /// 制品版本
    pub version: String,
    /// 创建时间
    pub created_at: i64,
    /// 属性名称(以 ‘coding.’ 作为属性名称开头的属性,将不可变更及删除,即 Immutable = false)
    // E905: `Immutable = false` contradicts 不可变更; kept verbatim.
    pub name: String,
    /// 属性值
    pub value: String,
    /// 是否不可变更
    pub immutable: bool,
}

/// 查询制品属性列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPropertiesResponse {
    /// 制品属性列表
    pub instance_set: Vec<ArtifactProperty>,
}

/// 新增制品属性：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and PropertySet are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateArtifactPropertiesRequest {
    /// 公共参数,本接口取值:CreateArtifactProperties。
    pub action: Action<CreateArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 属性列表
    pub property_set: Vec<ArtifactPropertyBean>,
}

/// ArtifactPropertyBean
// E900: Name and Value are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactPropertyBean {
    /// 属性名称(以 ‘coding.’ 作为属性名称开头的属性,将不可变更及删除,即 Immutable = false)
    // E905
    pub name: String,
    /// 属性值
    pub value: String,
}

/// 修改制品属性：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and PropertySet are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct ModifyArtifactPropertiesRequest {
    /// 公共参数,本接口取值:ModifyArtifactProperties。
    pub action: Action<ModifyArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 属性列表
    pub property_set: Vec<ArtifactPropertyBean>,
}

/// 删除制品属性：输入参数。
// E900: ProjectId, Repository, Package, PackageVersion and PropertyNameSet are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DeleteArtifactPropertiesRequest {
    /// 公共参数,本接口取值:DeleteArtifactProperties。
    pub action: Action<DeleteArtifactProperties>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名
    pub repository: String,
    /// 包名
    pub package: String,
    /// 版本号
    pub package_version: String,
    /// 属性名称列表( 以 ‘coding.’ 作为属性名称开头的属性,将不可删除)
    pub property_name_set: Vec<String>,
}

actions! {
    /// 查询制品属性列表
    DescribeArtifactProperties {
        summary: "查询制品属性列表",
        source: "查询制品属性列表",
        request: DescribeArtifactPropertiesRequest,
        response: DescribeArtifactPropertiesResponse,
    }

    /// 新增制品属性
    CreateArtifactProperties {
        summary: "新增制品属性",
        source: "新增制品属性",
        request: CreateArtifactPropertiesRequest,
        response: RequestIdResponse,
    }

    /// 修改制品属性
    ModifyArtifactProperties {
        summary: "修改制品属性",
        source: "修改制品属性",
        request: ModifyArtifactPropertiesRequest,
        response: RequestIdResponse,
    }

    /// 删除制品属性
    DeleteArtifactProperties {
        summary: "删除制品属性",
        source: "删除制品属性",
        request: DeleteArtifactPropertiesRequest,
        response: RequestIdResponse,
    }
}
