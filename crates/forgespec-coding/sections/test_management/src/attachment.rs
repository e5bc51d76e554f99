//! 测试管理 › 生成附件预上传信息, and the 附件上传 that follows it (E940).

use forgespec_core::{Action, New, Nullable};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::common::actions;

/// AttachmentPrepare
///
/// 附件预上传信息
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct AttachmentPrepare {
    /// 附件 ID
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    pub attachment_id: Nullable<i64>,
    /// 用于附件上传的URL。有效期30秒。
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E940: the file is uploaded with an HTTP PUT to this URL (附件上传).
    pub prepare_sign_url: Nullable<String>,
}

/// Data：附件预上传信息
// E920
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct TestAttachmentPrepareData {
    /// 附件预上传信息
    pub attachment_prepare: AttachmentPrepare,
}

/// 生成附件预上传信息：输入参数。
// E900: ProjectName and FileName are required.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema, New)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAttachmentPrepareSignUrlRequest {
    /// 公共参数,本接口取值:CreateAttachmentPrepareSignUrl。
    pub action: Action<CreateAttachmentPrepareSignUrl>,
    /// 项目名称
    pub project_name: String,
    /// 带文件后缀的文件名
    pub file_name: String,
}

/// 生成附件预上传信息：输出参数。
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "PascalCase")]
pub struct CreateAttachmentPrepareSignUrlResponse {
    /// 附件预上传信息
    ///
    /// 注意:此字段可能返回 null,表示取不到有效值。
    // E920
    pub data: Nullable<TestAttachmentPrepareData>,
}

/// 附件上传 (the document's section after 生成附件预上传信息): its 重要介绍 verbatim, then the
/// upload in our words.
// E940
const ATTACHMENT_UPLOAD: &str = "附件上传:本接口和文档中的其他接口不一样。本接口使用“生成附件预上传信息”接口返回的Data.AttachmentPrepare.PrepareSignUrl参数值来作为接口地址,用户需要调用该接口来完成文件上传。\n\n\
上传方式:以 HTTP PUT 将文件内容直接作为请求体提交到 PrepareSignUrl(有效期 30 秒),无需本 API 的认证信息。上传成功时无返回值;失败时返回 XML 格式的错误数据(Code 错误码、Message 错误信息)。";

actions! {
    /// 生成附件预上传信息
    CreateAttachmentPrepareSignUrl {
        summary: "生成附件预上传信息",
        // E940: the document's 附件上传 is described here, on the Action whose reply holds the URL.
        description: ATTACHMENT_UPLOAD,
        source: "生成附件预上传信息",
        request: CreateAttachmentPrepareSignUrlRequest,
        response: CreateAttachmentPrepareSignUrlResponse,
    }
}
