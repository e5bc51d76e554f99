//! 交付: delivery data, the deploy environments (环境) and the deploys (部署) made
//! to them. The document's section is titled 交付; its paths live under `/release`.

pub mod deploys;
pub mod environments;
