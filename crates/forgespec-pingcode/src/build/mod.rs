//! 构建: build data (构建记录) an enterprise's CI tools report to PingCode.

pub mod builds;
