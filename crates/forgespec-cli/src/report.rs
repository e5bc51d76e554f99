//! Reports of what was checked, as text for people (coloured on a terminal), JSON
//! for programs, or JUnit XML for CI systems to display.

use std::io::{self, IsTerminal, Write};

use forgespec_contract::Violation;
use serde_json::{Value, json};

/// An output format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Lines for a person.
    Human,
    /// One JSON object.
    Json,
    /// JUnit XML: a test case per item.
    Junit,
}

/// One checked thing: a payload, or one exchange of a HAR file.
#[derive(Debug, Clone)]
pub struct Item {
    /// What it is (`entry 3: POST /open-api?Action=X`, `DescribeOneProject request`).
    pub name: String,
    /// The operation it was checked against, if it routed to one.
    pub operation: Option<String>,
    /// What is wrong with it.
    pub violations: Vec<Violation>,
    /// Why it could not be checked (no operation matches it).
    pub error: Option<String>,
}

impl Item {
    fn passed(&self) -> bool {
        self.violations.is_empty() && self.error.is_none()
    }
}

/// The result of one command.
#[derive(Debug, Clone)]
pub struct Report {
    /// `validate` or `check-har`.
    pub command: String,
    /// The platform id.
    pub platform: String,
    /// What was checked.
    pub items: Vec<Item>,
}

impl Report {
    /// Whether everything kept the contract.
    pub fn passed(&self) -> bool {
        self.items.iter().all(Item::passed)
    }

    /// Writes the report; `colour` only matters for [`Format::Human`].
    pub fn write(&self, format: Format, out: &mut dyn Write, colour: bool) -> io::Result<()> {
        match format {
            Format::Human => self.human(out, colour),
            Format::Json => {
                serde_json::to_writer_pretty(&mut *out, &self.json())?;
                writeln!(out)
            }
            Format::Junit => out.write_all(self.junit().as_bytes()),
        }
    }

    fn counts(&self) -> (usize, usize, usize) {
        let unmatched = self.items.iter().filter(|i| i.error.is_some()).count();
        let failed = self
            .items
            .iter()
            .filter(|i| i.error.is_none() && !i.violations.is_empty())
            .count();
        (self.items.len() - failed - unmatched, failed, unmatched)
    }

    fn human(&self, out: &mut dyn Write, colour: bool) -> io::Result<()> {
        let paint = |code: &str, text: &str| {
            if colour {
                format!("\x1b[{code}m{text}\x1b[0m")
            } else {
                text.to_string()
            }
        };
        for item in &self.items {
            if item.passed() {
                if self.items.len() == 1 {
                    let against = item.operation.as_deref().unwrap_or("-");
                    writeln!(
                        out,
                        "{} {} (against {against})",
                        paint("32", "valid"),
                        item.name
                    )?;
                }
                continue;
            }
            if let Some(error) = &item.error {
                writeln!(out, "{} {}: {error}", paint("33", "unmatched"), item.name)?;
                continue;
            }
            writeln!(
                out,
                "{} {} (against {}): {} violation(s)",
                paint("31", "invalid"),
                item.name,
                item.operation.as_deref().unwrap_or("-"),
                item.violations.len()
            )?;
            for v in &item.violations {
                writeln!(out, "  {v}")?;
            }
        }
        let (passed, failed, unmatched) = self.counts();
        writeln!(
            out,
            "{} {}: {} checked, {passed} valid, {failed} invalid, {unmatched} unmatched",
            self.command,
            self.platform,
            self.items.len()
        )
    }

    fn json(&self) -> Value {
        let (passed, failed, unmatched) = self.counts();
        json!({
            "command": self.command,
            "platform": self.platform,
            "summary": {"checked": self.items.len(), "valid": passed, "invalid": failed, "unmatched": unmatched},
            "results": self.items.iter().map(|item| json!({
                "name": item.name,
                "operation": item.operation,
                "valid": item.passed(),
                "violations": item.violations,
                "error": item.error,
            })).collect::<Vec<_>>(),
        })
    }

    fn junit(&self) -> String {
        let (_, failed, unmatched) = self.counts();
        let suite = format!("forgespec {} {}", self.command, self.platform);
        let mut xml = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.push_str(&format!(
            "<testsuites name=\"{}\" tests=\"{}\" failures=\"{failed}\" errors=\"{unmatched}\">\n",
            escape(&suite),
            self.items.len()
        ));
        xml.push_str(&format!(
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failed}\" errors=\"{unmatched}\">\n",
            escape(&suite),
            self.items.len()
        ));
        for item in &self.items {
            let class = format!(
                "{}.{}",
                self.platform,
                item.operation.as_deref().unwrap_or("unmatched")
            );
            xml.push_str(&format!(
                "    <testcase classname=\"{}\" name=\"{}\"",
                escape(&class),
                escape(&item.name)
            ));
            if item.passed() {
                xml.push_str("/>\n");
                continue;
            }
            xml.push_str(">\n");
            if let Some(error) = &item.error {
                xml.push_str(&format!(
                    "      <error type=\"unmatched\" message=\"{}\"/>\n",
                    escape(error)
                ));
            } else {
                let body: Vec<String> = item.violations.iter().map(ToString::to_string).collect();
                xml.push_str(&format!(
                    "      <failure type=\"contract\" message=\"{} violation(s)\">{}</failure>\n",
                    item.violations.len(),
                    escape(&body.join("\n"))
                ));
            }
            xml.push_str("    </testcase>\n");
        }
        xml.push_str("  </testsuite>\n</testsuites>\n");
        xml
    }
}

/// Whether to colour text on this stream: a terminal, and `NO_COLOR` unset.
pub fn colour_for(stream: &impl IsTerminal) -> bool {
    stream.is_terminal() && std::env::var_os("NO_COLOR").is_none()
}

/// XML text and attribute escaping; characters XML 1.0 cannot hold are dropped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' | '\t' | '\r' => out.push(c),
            c if (c as u32) < 0x20 => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn xml_escaping() {
        assert_eq!(escape("a<b & \"c\"\u{1}"), "a&lt;b &amp; &quot;c&quot;");
    }
}
