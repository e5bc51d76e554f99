//! The reference model: sections, operations and the schemas each section's page
//! carries, and the rendering of every page from it.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::{Result, bail};
use forgespec_core::{Api, Operation};
use handlebars::Handlebars;
use serde_json::{Map, Value, json};

use super::labels::*;

/// The section (index into [`Model::sections`]) whose page holds a schema, or `None`
/// for the schemas no operation reaches.
pub(super) type Group = Option<usize>;

pub(super) struct Section<'a> {
    /// 1-based, in the document's order.
    pub(super) ordinal: usize,
    pub(super) name: &'a str,
    pub(super) description: &'a str,
    /// The page's file name without `.md`: `03-project`.
    pub(super) slug: String,
    pub(super) ops: Vec<Op<'a>>,
}

impl Section<'_> {
    pub(super) fn page(&self) -> String {
        format!("{}.md", self.slug)
    }
}

pub(super) struct Op<'a> {
    pub(super) op: &'a Operation,
    pub(super) json: &'a Value,
    pub(super) anchor: String,
    /// The component schemas the operation names itself (parameters, bodies), in
    /// first-seen order.
    pub(super) refs: Vec<String>,
}

pub(super) struct Model<'a> {
    pub(super) api: &'a Api,
    pub(super) doc: &'a Value,
    pub(super) crate_dir: &'a str,
    pub(super) errata: usize,
    pub(super) sections: Vec<Section<'a>>,
    pub(super) schemas: Map<String, Value>,
    /// Each group's schemas, in the document's order.
    pub(super) members: BTreeMap<Group, Vec<String>>,
    /// The operations (section, operation) naming a schema directly.
    pub(super) used_by_ops: HashMap<String, Vec<(usize, usize)>>,
    /// The schemas naming a schema directly, in the document's order.
    pub(super) used_by_schemas: HashMap<String, Vec<String>>,
}

/// One rendered page, with the group whose schemas it carries (if any): the one to
/// move off it when it is over budget.
pub(super) struct Rendered {
    pub(super) name: String,
    pub(super) contents: String,
    pub(super) carries: Option<Group>,
}

/// Where links on one page point: schema name → page, relative to `current`.
pub(super) struct Links<'m> {
    pub(super) current: String,
    pub(super) schema_page: &'m HashMap<String, String>,
}

impl Links<'_> {
    pub(super) fn to(&self, page: &str, anchor: &str) -> String {
        if page == self.current {
            format!("#{anchor}")
        } else {
            format!("{page}#{anchor}")
        }
    }

    pub(super) fn schema(&self, name: &str) -> String {
        match self.schema_page.get(name) {
            Some(page) => format!("[{name}]({})", self.to(page, &schema_anchor(name))),
            None => format!("`{name}`"),
        }
    }
}

impl<'a> Model<'a> {
    pub(super) fn new(
        api: &'a Api,
        doc: &'a Value,
        crate_dir: &'a str,
        errata: usize,
    ) -> Result<Self> {
        let schemas = doc
            .pointer("/components/schemas")
            .and_then(Value::as_object)
            .cloned()
            .unwrap_or_default();
        let mut sections = Vec::new();
        let mut anchors: HashMap<String, String> = HashMap::new();
        for (i, tag) in api.tags.iter().enumerate() {
            let mut ops = Vec::new();
            for op in api.operations.iter().filter(|o| o.tag == tag.name) {
                let Some(json) = doc.pointer(&forgespec_openapi::operation_pointer(op)) else {
                    continue;
                };
                let anchor = format!("op-{}", anchor_id(op.id));
                if let Some(other) = anchors.insert(anchor.clone(), op.id.to_string()) {
                    bail!(
                        "{}: operations {other} and {} would share the anchor {anchor}",
                        api.id,
                        op.id
                    );
                }
                let mut refs = Vec::new();
                collect_refs(json, false, &mut refs);
                ops.push(Op {
                    op,
                    json,
                    anchor,
                    refs,
                });
            }
            let slug = section_slug(i + 1, tag.name, &ops);
            sections.push(Section {
                ordinal: i + 1,
                name: tag.name,
                description: tag.description,
                slug,
                ops,
            });
        }
        for name in schemas.keys() {
            let anchor = schema_anchor(name);
            if let Some(other) = anchors.insert(anchor.clone(), name.clone()) {
                bail!(
                    "{}: {other} and schema {name} would share the anchor {anchor}",
                    api.id
                );
            }
        }
        let schema_refs: HashMap<&str, Vec<String>> = schemas
            .iter()
            .map(|(name, s)| {
                let mut refs = Vec::new();
                collect_refs(s, false, &mut refs);
                (name.as_str(), refs)
            })
            .collect();
        // Each schema lives with the first section whose operations reach it.
        let mut home: HashMap<&str, usize> = HashMap::new();
        for (i, section) in sections.iter().enumerate() {
            let mut seen: HashSet<&str> = HashSet::new();
            let mut stack: Vec<&str> = section
                .ops
                .iter()
                .flat_map(|o| o.refs.iter().map(String::as_str))
                .collect();
            while let Some(name) = stack.pop() {
                if !seen.insert(name) {
                    continue;
                }
                home.entry(name).or_insert(i);
                if let Some(refs) = schema_refs.get(name) {
                    stack.extend(refs.iter().map(String::as_str));
                }
            }
        }
        let mut members: BTreeMap<Group, Vec<String>> = BTreeMap::new();
        for name in schemas.keys() {
            members
                .entry(home.get(name.as_str()).copied())
                .or_default()
                .push(name.clone());
        }
        let mut used_by_ops: HashMap<String, Vec<(usize, usize)>> = HashMap::new();
        for (s, section) in sections.iter().enumerate() {
            for (o, op) in section.ops.iter().enumerate() {
                for name in &op.refs {
                    used_by_ops.entry(name.clone()).or_default().push((s, o));
                }
            }
        }
        let mut used_by_schemas: HashMap<String, Vec<String>> = HashMap::new();
        for name in schemas.keys() {
            for target in &schema_refs[name.as_str()] {
                used_by_schemas
                    .entry(target.clone())
                    .or_default()
                    .push(name.clone());
            }
        }
        Ok(Model {
            api,
            doc,
            crate_dir,
            errata,
            sections,
            schemas,
            members,
            used_by_ops,
            used_by_schemas,
        })
    }

    pub(super) fn group_label(&self, group: Group) -> String {
        match group {
            Some(i) => format!("section {}", self.sections[i].slug),
            None => "the unreached schemas".into(),
        }
    }

    /// The pages of a group's schemas, each with its schemas, under `layout`: none
    /// when they are on the section's page.
    pub(super) fn schema_pages(
        &self,
        layout: &BTreeMap<Group, usize>,
        group: Group,
    ) -> Vec<(String, &[String])> {
        let members = self.members.get(&group).map_or(&[][..], Vec::as_slice);
        let parts = layout.get(&group).copied().unwrap_or_default();
        if parts == 0 || members.is_empty() {
            return Vec::new();
        }
        let stem = match group {
            Some(i) => format!("{}-schemas", self.sections[i].slug),
            None => "schemas".into(),
        };
        members
            .chunks(members.len().div_ceil(parts))
            .enumerate()
            .map(|(k, chunk)| {
                let name = if k == 0 {
                    format!("{stem}.md")
                } else {
                    format!("{stem}-{}.md", k + 1)
                };
                (name, chunk)
            })
            .collect()
    }

    pub(super) fn render(
        &self,
        hb: &Handlebars<'_>,
        layout: &BTreeMap<Group, usize>,
    ) -> Result<Vec<Rendered>> {
        let mut schema_page: HashMap<String, String> = HashMap::new();
        let mut pages_of: BTreeMap<Group, Vec<(String, &[String])>> = BTreeMap::new();
        for &group in self.members.keys() {
            let pages = self.schema_pages(layout, group);
            if pages.is_empty() {
                if let Some(i) = group {
                    for name in &self.members[&group] {
                        schema_page.insert(name.clone(), self.sections[i].page());
                    }
                }
            } else {
                for (page, chunk) in &pages {
                    for name in *chunk {
                        schema_page.insert(name.clone(), page.clone());
                    }
                }
            }
            pages_of.insert(group, pages);
        }
        let no_pages = Vec::new();
        let mut out = vec![Rendered {
            name: "README.md".into(),
            contents: hb.render("index", &self.index_data(&pages_of))?,
            carries: None,
        }];
        for (i, section) in self.sections.iter().enumerate() {
            let group = Some(i);
            let separate = pages_of.get(&group).unwrap_or(&no_pages);
            let inline: &[String] = match (separate.is_empty(), self.members.get(&group)) {
                (true, Some(members)) => members,
                _ => &[],
            };
            let links = Links {
                current: section.page(),
                schema_page: &schema_page,
            };
            let title = format!("{}. {} · {}", section.ordinal, section.name, self.api.title);
            let data = self.page_data(&links, &title, Some(i), inline, separate);
            out.push(Rendered {
                name: section.page(),
                contents: hb.render("section", &data)?,
                carries: (!inline.is_empty()).then_some(group),
            });
            out.extend(self.render_schema_pages(hb, group, separate, &schema_page)?);
        }
        if let Some(separate) = pages_of.get(&None) {
            out.extend(self.render_schema_pages(hb, None, separate, &schema_page)?);
        }
        Ok(out)
    }

    pub(super) fn render_schema_pages(
        &self,
        hb: &Handlebars<'_>,
        group: Group,
        pages: &[(String, &[String])],
        schema_page: &HashMap<String, String>,
    ) -> Result<Vec<Rendered>> {
        let mut out = Vec::new();
        for (k, (name, chunk)) in pages.iter().enumerate() {
            let links = Links {
                current: name.clone(),
                schema_page,
            };
            let part = if pages.len() > 1 {
                format!(" (part {} of {})", k + 1, pages.len())
            } else {
                String::new()
            };
            let title = match group {
                Some(i) => format!(
                    "{}. {}: schemas{part} · {}",
                    self.sections[i].ordinal, self.sections[i].name, self.api.title
                ),
                None => format!("Schemas no operation uses{part} · {}", self.api.title),
            };
            let data = self.page_data(&links, &title, group, chunk, &[]);
            out.push(Rendered {
                name: name.clone(),
                contents: hb.render("section", &data)?,
                carries: Some(group),
            });
        }
        Ok(out)
    }

    pub(super) fn index_data(&self, pages_of: &BTreeMap<Group, Vec<(String, &[String])>>) -> Value {
        let doc = self.doc;
        let sections: Vec<Value> = self
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| {
                let links = Links {
                    current: "README.md".into(),
                    schema_page: &HashMap::new(),
                };
                json!({
                    "ordinal": s.ordinal,
                    "name": s.name,
                    "link_name": link_text(s.name),
                    "description": cell(s.description),
                    "page": s.page(),
                    "operation_count": s.ops.len(),
                    "schema_count": self.members.get(&Some(i)).map_or(0, Vec::len),
                    "schema_pages": pages_of.get(&Some(i)).into_iter().flatten().map(|(p, _)| p.clone()).collect::<Vec<_>>(),
                    "operations": s.ops.iter().map(|o| op_row(o, &links.to(&s.page(), &o.anchor))).collect::<Vec<_>>(),
                })
            })
            .collect();
        let servers: Vec<Value> = doc["servers"]
            .as_array()
            .into_iter()
            .flatten()
            .map(|s| json!({ "url": s["url"], "description": s["description"], "variables": s.get("variables").cloned().unwrap_or(json!({})) }))
            .collect();
        let security: Vec<Value> = doc
            .pointer("/components/securitySchemes")
            .and_then(Value::as_object)
            .map(|m| {
                m.iter()
                    .map(|(name, s)| json!({ "name": name, "kind": security_label(s), "description": s["description"] }))
                    .collect()
            })
            .unwrap_or_default();
        let unreached = self.members.get(&None).map_or(0, Vec::len);
        json!({
            "id": self.api.id,
            "title": self.api.title,
            "description": self.api.description,
            "source_document": self.api.source_document,
            "crate_dir": self.crate_dir,
            "operation_count": self.api.operations.len(),
            "section_count": self.sections.len(),
            "schema_count": self.schemas.len(),
            "errata": self.errata,
            "servers": servers,
            "security": security,
            "sections": sections,
            "unreached_count": unreached,
            "unreached_pages": pages_of.get(&None).into_iter().flatten().map(|(p, _)| p.clone()).collect::<Vec<_>>(),
        })
    }

    /// A section page (`section` given, `separate` its schema pages when the
    /// schemas are not on it) or a schema page (`section` only for the title line).
    pub(super) fn page_data(
        &self,
        links: &Links<'_>,
        title: &str,
        group: Group,
        schemas: &[String],
        separate: &[(String, &[String])],
    ) -> Value {
        let is_section_page = group.is_some_and(|i| links.current == self.sections[i].page());
        let section = group.map(|i| &self.sections[i]);
        let neighbour = |i: usize| {
            let s = &self.sections[i];
            json!({ "name": link_text(&format!("{}. {}", s.ordinal, s.name)), "page": s.page() })
        };
        let (previous, next) = match group {
            Some(i) if is_section_page => (
                i.checked_sub(1).map_or(Value::Null, neighbour),
                if i + 1 < self.sections.len() {
                    neighbour(i + 1)
                } else {
                    Value::Null
                },
            ),
            _ => (Value::Null, Value::Null),
        };
        let operations: Vec<Value> = match section {
            Some(s) if is_section_page => s.ops.iter().map(|o| operation_data(o, links)).collect(),
            _ => Vec::new(),
        };
        let rows: Vec<Value> = match section {
            Some(s) if is_section_page => s
                .ops
                .iter()
                .map(|o| op_row(o, &links.to(&s.page(), &o.anchor)))
                .collect(),
            _ => Vec::new(),
        };
        json!({
            "title": title,
            "platform_title": link_text(self.api.title),
            "section": section.filter(|_| !is_section_page).map(|s| json!({ "name": link_text(&format!("{}. {}", s.ordinal, s.name)), "page": s.page() })),
            "previous": previous,
            "next": next,
            "description": section.filter(|_| is_section_page).map_or("", |s| s.description),
            "rows": rows,
            "operations": operations,
            "schema_count": group.and_then(|g| self.members.get(&Some(g))).map_or(0, Vec::len),
            "separate": separate.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>(),
            "schemas": schemas.iter().map(|name| self.schema_data(name, links)).collect::<Vec<_>>(),
        })
    }

    pub(super) fn schema_data(&self, name: &str, links: &Links<'_>) -> Value {
        let s = &self.schemas[name];
        let required: Vec<&str> = s["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let fields: Vec<Value> = s["properties"]
            .as_object()
            .map(|props| {
                props
                    .iter()
                    .map(|(field, p)| {
                        json!({
                            "name": field,
                            "type": type_label(p, links),
                            "required": if required.contains(&field.as_str()) { "yes" } else { "no" },
                            "description": cell(p["description"].as_str().unwrap_or("")),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let values: Vec<Value> = match (s["enum"].as_array(), s["x-enum-descriptions"].as_array()) {
            (Some(vs), descriptions) => vs
                .iter()
                .enumerate()
                .map(|(i, v)| json!({
                    "value": v.to_string(),
                    "description": cell(descriptions.and_then(|d| d.get(i)).and_then(Value::as_str).unwrap_or("")),
                }))
                .collect(),
            _ => Vec::new(),
        };
        let shape = if fields.is_empty() && values.is_empty() {
            type_label(s, links)
        } else {
            String::new()
        };
        let ops: Vec<String> = self
            .used_by_ops
            .get(name)
            .into_iter()
            .flatten()
            .map(|&(si, oi)| {
                let section = &self.sections[si];
                let op = &section.ops[oi];
                format!(
                    "[`{}`]({})",
                    op.op.id,
                    links.to(&section.page(), &op.anchor)
                )
            })
            .collect();
        let schemas: Vec<String> = self
            .used_by_schemas
            .get(name)
            .into_iter()
            .flatten()
            .map(|other| links.schema(other))
            .collect();
        let used_by = match (ops.is_empty(), schemas.is_empty()) {
            (true, true) => "Used by no operation and no schema.".to_string(),
            (false, true) => format!("Used by operations {}.", ops.join(", ")),
            (true, false) => format!("Used by schemas {}.", schemas.join(", ")),
            (false, false) => format!(
                "Used by operations {}; by schemas {}.",
                ops.join(", "),
                schemas.join(", ")
            ),
        };
        json!({
            "name": name,
            "anchor": schema_anchor(name),
            "used_by": used_by,
            "description": s["description"].as_str().unwrap_or(""),
            "fields": fields,
            "values": values,
            "shape": shape,
            "example_count": s["examples"].as_array().map_or(0, Vec::len),
        })
    }
}

/// A section's file name: its ordinal and the Rust module all its endpoints share
/// (`03-project`, `11-git`), or its name when that is ASCII (`01-pull-requests`), or
/// `NN-section`. ASCII and derived from the models only, so stable across runs.
pub(super) fn section_slug(ordinal: usize, name: &str, ops: &[Op<'_>]) -> String {
    let modules: Vec<Vec<String>> = ops
        .iter()
        .filter_map(|o| o.op.rust)
        .map(|rust| {
            let public = forgespec_core::public_type_name(rust.endpoint);
            let path = public.split('<').next().unwrap_or_default();
            let mut segments: Vec<String> = path.split("::").map(str::to_string).collect();
            segments.pop(); // the type
            if !segments.is_empty() {
                segments.remove(0); // the crate
            }
            segments
        })
        .collect();
    let mut common: Vec<String> = modules.first().cloned().unwrap_or_default();
    for m in &modules {
        let shared = common.iter().zip(m).take_while(|(a, b)| a == b).count();
        common.truncate(shared);
    }
    let stem = if !common.is_empty() {
        common.join("-")
    } else if name.chars().all(|c| c.is_ascii_alphanumeric() || c == ' ') && !name.trim().is_empty()
    {
        name.trim().to_string()
    } else {
        "section".to_string()
    };
    let stem: String = stem
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '-' })
        .collect();
    format!("{ordinal:02}-{stem}")
}

/// The component schemas `v` names with `$ref`, appended to `out` in first-seen
/// order. `names` says `v` is a map from names to schemas (`properties`), where a key
/// `examples` is a field, not example values (which are never searched).
pub(super) fn collect_refs(v: &Value, names: bool, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => {
            for (key, child) in m {
                if key == "$ref" && !names {
                    if let Some(name) = child
                        .as_str()
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                        && !out.iter().any(|n| n == name)
                    {
                        out.push(name.to_string());
                    }
                } else if names {
                    collect_refs(child, false, out);
                } else if key != "examples" && key != "example" {
                    let child_names = matches!(
                        key.as_str(),
                        "properties"
                            | "patternProperties"
                            | "$defs"
                            | "definitions"
                            | "dependentSchemas"
                    );
                    collect_refs(child, child_names, out);
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                collect_refs(item, false, out);
            }
        }
        _ => {}
    }
}

/// One line of an operation list: method, path or action, and a link.
pub(super) fn op_row(o: &Op<'_>, link: &str) -> Value {
    let target = match o.op.rpc_action {
        Some(action) => format!("Action={action}"),
        None => o.op.path.to_string(),
    };
    json!({
        "id": o.op.id,
        "method": o.op.method.as_str(),
        "target": target,
        "summary": link_text(if o.op.summary.is_empty() { o.op.id } else { o.op.summary }),
        "deprecated": o.op.deprecated,
        "link": link,
    })
}

pub(super) fn operation_data(o: &Op<'_>, links: &Links<'_>) -> Value {
    let (op, json) = (o.op, o.json);
    let params: Vec<Value> = json["parameters"]
        .as_array()
        .map(|ps| {
            ps.iter()
                .map(|p| {
                    json!({
                        "name": p["name"], "in": p["in"],
                        "type": type_label(&p["schema"], links),
                        "required": if p["required"] == json!(true) { "yes" } else { "no" },
                        "description": cell(p["description"].as_str().unwrap_or("")),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    let mut examples = Vec::new();
    let request = json
        .pointer("/requestBody/content")
        .and_then(Value::as_object)
        .and_then(|c| c.iter().next())
        .map(|(media, m)| {
            collect_examples(&mut examples, "Request", m);
            json!({ "media": media, "type": type_label(&m["schema"], links) })
        });
    let responses: Vec<Value> = json["responses"]
        .as_object()
        .map(|rs| {
            rs.iter()
                .map(|(status, r)| {
                    let content = r["content"].as_object().and_then(|c| c.iter().next());
                    if let Some((_, m)) = content {
                        collect_examples(&mut examples, &format!("Response {status}"), m);
                    }
                    json!({
                        "status": status,
                        "description": cell(r["description"].as_str().unwrap_or("")),
                        "type": content.map_or_else(|| "(no body)".to_string(), |(media, m)| format!("{} `{media}`", type_label(&m["schema"], links))),
                    })
                })
                .collect()
        })
        .unwrap_or_default();
    json!({
        "id": op.id,
        "anchor": o.anchor,
        "method": op.method.as_str(),
        "path": forgespec_openapi::path_key(op),
        "summary": op.summary,
        "description": op.description.unwrap_or(""),
        "deprecated": op.deprecated,
        "source": op.source,
        "rpc_action": op.rpc_action.unwrap_or(""),
        "rust": op.rust.map_or(Value::Null, |rust| json!({
            "endpoint": forgespec_core::public_type_name(rust.endpoint),
            "request": rust.request.map(short_type_name),
            "response": rust.response.map(short_type_name),
        })),
        "params": params,
        "request": request.unwrap_or(Value::Null),
        "responses": responses,
        "examples": examples,
    })
}

/// The documented examples of one media type, each titled in plain text (a
/// `<summary>` is HTML: Markdown is not rendered in it).
pub(super) fn collect_examples(out: &mut Vec<Value>, role: &str, media: &Value) {
    if let Some(examples) = media["examples"].as_object() {
        for (name, e) in examples {
            out.push(json!({
                "title": format!("{role} example <code>{}</code>", html_escape(name)),
                "json": serde_json::to_string_pretty(&e["value"]).unwrap_or_default(),
            }));
        }
    }
}
