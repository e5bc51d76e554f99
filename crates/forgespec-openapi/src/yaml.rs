//! A small, deterministic YAML emitter for JSON values, safe for YAML 1.1 readers.
//!
//! A string is written plain only when no YAML 1.1 or 1.2 reader could take it for
//! anything but that string (it starts with a letter, `_` or `/`, is not a boolean
//! or null word such as `on`, `no`, `y`, `~`, and holds no indicator sequence);
//! everything else is double-quoted with JSON escapes, which YAML reads the same.
//! Multi-line text becomes a literal block where that is exact. Mapping keys follow
//! the same rule, so response codes (`"200"`) stay strings.

use serde_json::Value;

/// Words that YAML 1.1 or 1.2 resolves to booleans or null.
const SPECIAL_WORDS: &[&str] = &[
    "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "true", "True", "TRUE", "false",
    "False", "FALSE", "on", "On", "ON", "off", "Off", "OFF", "null", "Null", "NULL", "~",
];

/// Characters that some YAML reader treats as a line break or that YAML forbids
/// unescaped; they force double quotes.
fn needs_escape(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{feff}' | '\u{85}')
}

/// Serializes a JSON value as a YAML document (ending with a newline).
pub fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Object(map) if !map.is_empty() => write_mapping(&mut out, map, 0),
        Value::Array(items) if !items.is_empty() => write_sequence(&mut out, items, 0),
        scalar => {
            out.push_str(&inline(scalar, 0));
            out.push('\n');
        }
    }
    out
}

fn write_mapping(out: &mut String, map: &serde_json::Map<String, Value>, indent: usize) {
    for (i, (key, value)) in map.iter().enumerate() {
        // The first key of a mapping inside a sequence item follows the "- " directly.
        if i > 0 || !out.ends_with("- ") {
            push_indent(out, indent);
        }
        out.push_str(&string_scalar(key));
        out.push(':');
        write_value(out, value, indent);
    }
}

fn write_sequence(out: &mut String, items: &[Value], indent: usize) {
    for (i, item) in items.iter().enumerate() {
        if i > 0 || !out.ends_with("- ") {
            push_indent(out, indent);
        }
        out.push_str("- ");
        match item {
            Value::Object(map) if !map.is_empty() => write_mapping(out, map, indent + 2),
            Value::Array(inner) if !inner.is_empty() => write_sequence(out, inner, indent + 2),
            scalar => {
                out.push_str(&inline(scalar, indent + 2));
                out.push('\n');
            }
        }
    }
}

/// Writes what follows `key:`.
fn write_value(out: &mut String, value: &Value, indent: usize) {
    match value {
        Value::Object(map) if !map.is_empty() => {
            out.push('\n');
            write_mapping(out, map, indent + 2);
        }
        Value::Array(items) if !items.is_empty() => {
            out.push('\n');
            write_sequence(out, items, indent + 2);
        }
        scalar => {
            out.push(' ');
            out.push_str(&inline(scalar, indent + 2));
            out.push('\n');
        }
    }
}

fn push_indent(out: &mut String, indent: usize) {
    out.extend(std::iter::repeat_n(' ', indent));
}

fn inline(value: &Value, block_indent: usize) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) => literal_block(s, block_indent).unwrap_or_else(|| string_scalar(s)),
        Value::Array(_) => "[]".into(),
        Value::Object(_) => "{}".into(),
    }
}

/// A `|-` literal block, when it reproduces the string exactly.
fn literal_block(s: &str, indent: usize) -> Option<String> {
    if !s.contains('\n')
        || s.ends_with('\n')
        || s.starts_with([' ', '\n'])
        || s.chars().any(|c| c != '\n' && needs_escape(c))
        || s.lines().any(|l| l.ends_with([' ', '\t']))
    {
        return None;
    }
    let mut out = String::from("|-");
    for line in s.split('\n') {
        out.push('\n');
        if !line.is_empty() {
            out.extend(std::iter::repeat_n(' ', indent));
            out.push_str(line);
        }
    }
    Some(out)
}

/// A string as a plain scalar when that is unambiguous, else double-quoted.
pub fn string_scalar(s: &str) -> String {
    if is_plain_safe(s) {
        s.to_string()
    } else {
        double_quoted(s)
    }
}

fn is_plain_safe(s: &str) -> bool {
    let Some(first) = s.chars().next() else {
        return false;
    };
    let starts_well = first.is_ascii_alphabetic()
        || first == '_'
        || first == '/'
        || (!first.is_ascii() && first.is_alphanumeric());
    starts_well
        && !SPECIAL_WORDS.contains(&s)
        && !s.ends_with([' ', ':'])
        && !s.contains(": ")
        && !s.contains(" #")
        && !s
            .chars()
            .any(|c| needs_escape(c) || matches!(c, '"' | '\'' | '\\' | '`' | '\t' | '\n'))
}

fn double_quoted(s: &str) -> String {
    let json = serde_json::to_string(s).unwrap_or_default();
    // serde_json leaves DEL, C1 controls and Unicode line separators as they are;
    // YAML needs them escaped.
    json.chars()
        .map(|c| {
            if needs_escape(c) {
                format!("\\u{:04x}", c as u32)
            } else {
                c.to_string()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn ambiguous_strings_are_quoted() {
        for s in [
            "on",
            "no",
            "y",
            "~",
            "1e3",
            "0x1F",
            "2020-01-01",
            "12:30",
            "",
            " a",
            "a: b",
            "-1",
            ".5",
            "@x",
        ] {
            assert!(string_scalar(s).starts_with('"'), "{s} must be quoted");
        }
        for s in [
            "github",
            "代码托管平台的id。",
            "/scm/products/{product_id}",
            "https://a.b/c",
            "/open-api#Action=X",
        ] {
            assert_eq!(string_scalar(s), s);
        }
    }

    #[test]
    fn nested_values_render_as_blocks() {
        let v = json!({"a": {"200": [1, {"b": "on", "c": []}], "d": "x\n\ny"}});
        assert_eq!(
            to_yaml(&v),
            "a:\n  \"200\":\n    - 1\n    - b: \"on\"\n      c: []\n  d: |-\n    x\n\n    y\n"
        );
    }
}
