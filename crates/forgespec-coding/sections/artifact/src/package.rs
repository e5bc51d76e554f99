//! 制品仓库 › packages: 查询制品包(镜像)列表.

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// 查询制品包(镜像)列表：输入参数。
// E900: ProjectId and Repository are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPackageListRequest {
    /// 公共参数,本接口取值:DescribeArtifactPackageList。
    pub action: Action<DescribeArtifactPackageList>,
    /// 项目 ID
    pub project_id: i64,
    /// 仓库名称
    pub repository: String,
    /// 页码,默认:1
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 1))]
    pub page_number: Option<i64>,
    /// 每页展示数量,默认:10
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(extend("default" = 10))]
    pub page_size: Option<i64>,
    /// 包名前缀
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub package_prefix: Option<String>,
}

/// 一页制品包（表格写作 ArtifactRepositoryPageBean）。
// E902: the table points to ArtifactRepositoryPageBean (repositories); the example's
// items are packages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactPackagePageBean {
    /// 分页数据列表
    pub instance_set: Vec<ArtifactPackageBean>,
    /// 页码
    pub page_number: i64,
    /// 每页展示数量
    pub page_size: i64,
    /// 数据总数
    pub total_count: i64,
}

/// 制品包（镜像）信息（表格未定义，见于示例）。
// E902: the document gives no table for a package; the fields are read off the
// example and described in our words.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct ArtifactPackageBean {
    /// 制品包 ID。
    pub id: i64,
    /// 制品包名称。
    pub name: String,
    /// 制品仓库 ID。
    pub repo_id: i64,
    /// 制品包描述。
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E902: the copied Description row carries the null note; kept nullable.
    pub description: Nullable<String>,
    /// 创建时间。
    pub created_at: i64,
    /// 版本数量。
    pub version_count: i64,
    /// 最新版本 ID。
    pub latest_version_id: i64,
    /// 最新版本号。
    pub latest_version_name: String,
    /// 最新版本的发布状态。
    // E903: an open integer.
    pub latest_version_release_status: i64,
    /// 版本发布策略。
    // E902: the example sends 4, outside the repository's listed 1–3; an open integer.
    pub release_strategy: i64,
}

/// 查询制品包(镜像)列表：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct DescribeArtifactPackageListResponse {
    /// 返回数据
    // E902
    pub data: ArtifactPackagePageBean,
}

actions! {
    /// 查询制品包(镜像)列表
    DescribeArtifactPackageList {
        summary: "查询制品包(镜像)列表",
        source: "查询制品包(镜像)列表",
        request: DescribeArtifactPackageListRequest,
        response: DescribeArtifactPackageListResponse,
    }
}
