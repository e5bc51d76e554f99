//! Streams over the pages of the list operations whose paging the documents describe.
//!
//! Each paged operation type implements [`Paged`]: where its page request goes (a
//! query parameter or a body member, by wire name), how pages are counted (a page
//! number from the documented first page, or an item offset), and where its reply
//! carries the page's items and, where the document has one, the total. The tables
//! are in this module's platform files; [`Client::pages`] walks them.
//!
//! A stream ends after the page that the reply marks as the last: the total number of
//! items or pages is reached, or, where the reply states no total, a page is shorter
//! than the requested page size or empty. Where neither a total nor a page size is
//! known, it ends at the first empty page; bound such a stream with
//! `StreamExt::take` when the service may not send one.

use forgespec_core::{Endpoint, Operation};
use futures_util::Stream;
use serde_json::Value;

use crate::error::Error;
use crate::transport::{Parts, Reply};
use crate::{Call, Client};

#[cfg(feature = "codearts")]
mod codearts;
#[cfg(feature = "coding")]
mod coding;
#[cfg(feature = "gitcode")]
mod gitcode;
#[cfg(feature = "pingcode")]
mod pingcode;

/// Where an operation's paging members are sent.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PageIn {
    /// Query parameters (the REST platforms).
    Query,
    /// Members of the JSON body (CODING's Actions).
    Body,
}

/// How the next page is asked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cursor {
    /// A page number (`page_index`, `PageNumber`, `page`, …); `first` is the number of
    /// the first page (PingCode counts from 0, the others from 1).
    Number {
        /// The member's wire name.
        name: &'static str,
        /// The first page's number.
        first: u64,
    },
    /// An offset in items (`Offset`, `offset`), advanced by each page's item count.
    Offset {
        /// The member's wire name.
        name: &'static str,
    },
    /// A token the reply gives for the next page (CODING's `ContinuationToken`); the
    /// first page is asked for without one.
    Token {
        /// The member's wire name.
        name: &'static str,
        /// The JSON pointer of the next page's token in the reply.
        reply: &'static str,
    },
}

impl Cursor {
    /// The wire name of the member that carries the cursor.
    pub const fn name(&self) -> &'static str {
        match *self {
            Cursor::Number { name, .. } | Cursor::Offset { name } | Cursor::Token { name, .. } => {
                name
            }
        }
    }
}

/// Where a walk is: a page number or offset, or a token (`None`: the first page).
#[derive(Debug, Clone, PartialEq, Eq)]
enum At {
    Count(u64),
    Token(Option<String>),
}

/// What a reply says of the whole list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Total {
    /// The number of items, at this JSON pointer.
    Items(&'static str),
    /// The number of pages, at this JSON pointer.
    Pages(&'static str),
    /// Nothing: a short or empty page is the last.
    Unknown,
}

/// How one operation pages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paging {
    /// Where the cursor and the page size are sent.
    pub location: PageIn,
    /// The page number or offset.
    pub cursor: Cursor,
    /// The page size's wire name (`PageSize`, `Limit`, `per_page`, …), where there is one.
    pub size: Option<&'static str>,
    /// The JSON pointer of the page's items in the reply (`""`: the reply is the list);
    /// where the document gives the list several names, each, the first present used.
    pub items: &'static [&'static str],
    /// What the reply says of the whole list.
    pub total: Total,
    /// The cursor is sent as text (`"2"`), as the schema types it, where the call does
    /// not already carry it in a form of its own.
    pub text: bool,
}

/// An operation whose replies come in pages.
pub trait Paged: Endpoint {
    /// How it pages.
    const PAGING: Paging;
}

/// One paged operation of the tables: its operationId and its paging.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PagedOperation {
    /// The operationId.
    pub operation_id: &'static str,
    /// How it pages.
    pub paging: Paging,
}

/// Every paged operation of the platforms this build has, in table order.
pub fn paged_operations() -> Vec<PagedOperation> {
    let mut all: Vec<PagedOperation> = Vec::new();
    #[cfg(feature = "pingcode")]
    all.extend_from_slice(pingcode::PAGED);
    #[cfg(feature = "coding")]
    all.extend_from_slice(coding::PAGED);
    #[cfg(feature = "gitcode")]
    all.extend_from_slice(gitcode::PAGED);
    #[cfg(feature = "codearts")]
    all.extend_from_slice(codearts::PAGED);
    all
}

/// Declares the paging of operation types: `Type => Paging`, one per line. Each
/// type gets its [`Paged`] impl and a row in the module's `PAGED` table.
macro_rules! paged {
    ($($ty:ty => $paging:expr;)*) => {
        $(
            impl $crate::paging::Paged for $ty {
                const PAGING: $crate::paging::Paging = $paging;
            }
        )*
        /// The paged operations of this platform.
        pub(super) static PAGED: &[$crate::paging::PagedOperation] = &[$(
            $crate::paging::PagedOperation {
                operation_id: <$ty as forgespec_core::Endpoint>::METADATA.operation_id,
                paging: <$ty as $crate::paging::Paged>::PAGING,
            },
        )*];
    };
}
use paged;

impl Paging {
    /// Page numbers from `first` in `location`'s member `name`.
    pub const fn number(location: PageIn, name: &'static str, first: u64) -> Paging {
        Paging {
            location,
            cursor: Cursor::Number { name, first },
            size: None,
            items: &[""],
            total: Total::Unknown,
            text: false,
        }
    }

    /// Item offsets in `location`'s member `name`.
    pub const fn offset(location: PageIn, name: &'static str) -> Paging {
        Paging {
            location,
            cursor: Cursor::Offset { name },
            size: None,
            items: &[""],
            total: Total::Unknown,
            text: false,
        }
    }

    /// Tokens in `location`'s member `name`, the next one at `reply` in each reply.
    pub const fn token(location: PageIn, name: &'static str, reply: &'static str) -> Paging {
        Paging {
            location,
            cursor: Cursor::Token { name, reply },
            size: None,
            items: &[""],
            total: Total::Unknown,
            text: false,
        }
    }

    /// The page size's member.
    pub const fn size(mut self, name: &'static str) -> Paging {
        self.size = Some(name);
        self
    }

    /// Where the reply's items are.
    pub const fn items(mut self, pointers: &'static [&'static str]) -> Paging {
        self.items = pointers;
        self
    }

    /// The cursor is text.
    pub const fn text(mut self) -> Paging {
        self.text = true;
        self
    }

    /// Where the reply's total is.
    pub const fn total(mut self, total: Total) -> Paging {
        self.total = total;
        self
    }

    /// The cursor a call starts from: its own value, else the first page (offset 0).
    fn start(&self, parts: &Parts) -> At {
        match self.cursor {
            Cursor::Number { name, first } => At::Count(self.read(parts, name).unwrap_or(first)),
            Cursor::Offset { name } => At::Count(self.read(parts, name).unwrap_or(0)),
            Cursor::Token { name, .. } => At::Token(
                self.member(parts, name)
                    .and_then(|v| v.as_str().map(str::to_string)),
            ),
        }
    }

    /// A member's value as a count (numbers, or text holding one).
    fn read(&self, parts: &Parts, name: &str) -> Option<u64> {
        as_count(&self.member(parts, name)?)
    }

    /// A member's value, where the call has it.
    fn member(&self, parts: &Parts, name: &str) -> Option<Value> {
        match self.location {
            PageIn::Query => parts
                .query
                .iter()
                .find(|(n, _)| n == name)
                .map(|(_, v)| v.clone()),
            PageIn::Body => parts
                .body
                .as_deref()
                .and_then(|b| serde_json::from_slice::<Value>(b).ok())
                .and_then(|b| b.get(name).cloned()),
        }
    }

    /// Sets the cursor member to `cursor`.
    fn write(&self, parts: &mut Parts, at: &At, operation: &'static str) -> Result<(), Error> {
        let name = self.cursor.name();
        let text = match self.member(parts, name) {
            Some(existing) => existing.is_string(),
            None => self.text,
        };
        let value = match at {
            At::Count(n) if text => Value::String(n.to_string()),
            At::Count(n) => Value::from(*n),
            At::Token(Some(token)) => Value::String(token.clone()),
            At::Token(None) => return Ok(()),
        };
        match self.location {
            PageIn::Query => match parts.query.iter_mut().find(|(n, _)| n == name) {
                Some(slot) => slot.1 = value,
                None => parts.query.push((name.to_string(), value)),
            },
            PageIn::Body => {
                let encode = |message: String| Error::Encode { operation, message };
                let mut body = match parts.body.as_deref() {
                    Some(bytes) => serde_json::from_slice::<Value>(bytes)
                        .map_err(|e| encode(format!("the body to page is not JSON: {e}")))?,
                    None => Value::Object(serde_json::Map::new()),
                };
                let Value::Object(members) = &mut body else {
                    return Err(encode("the body to page is not a JSON object".to_string()));
                };
                members.insert(name.to_string(), value);
                parts.body = Some(serde_json::to_vec(&body).map_err(|e| encode(e.to_string()))?);
            }
        }
        Ok(())
    }

    /// The cursor of the page after the one at `cursor`, or `None` when `reply` was
    /// the last. `size` is the page size the call asked for, where it set one;
    /// `before` the number of the list's items before this page.
    fn next(&self, at: &At, size: Option<u64>, before: u64, reply: &Value) -> Option<At> {
        let items = self.list(reply)?.len() as u64;
        if items == 0 {
            return None;
        }
        let cursor = match (at, self.cursor) {
            (At::Token(current), Cursor::Token { reply: pointer, .. }) => {
                return reply
                    .pointer(pointer)
                    .and_then(Value::as_str)
                    .filter(|next| !next.is_empty() && Some(*next) != current.as_deref())
                    .map(|next| At::Token(Some(next.to_string())));
            }
            (At::Count(n), _) => *n,
            (At::Token(_), _) => return None,
        };
        // A reply without its total (an optional member) is judged by its length.
        let short = size.is_some_and(|s| items < s);
        let last = match self.total {
            Total::Items(pointer) => reply
                .pointer(pointer)
                .and_then(as_count)
                .map_or(short, |total| before + items >= total),
            Total::Pages(pointer) => match self.cursor {
                Cursor::Number { first, .. } => reply
                    .pointer(pointer)
                    .and_then(as_count)
                    .map_or(short, |total| cursor.saturating_sub(first) + 1 >= total),
                Cursor::Offset { .. } | Cursor::Token { .. } => short,
            },
            Total::Unknown => short,
        };
        if last {
            return None;
        }
        Some(At::Count(match self.cursor {
            Cursor::Offset { .. } => cursor + items,
            Cursor::Number { .. } | Cursor::Token { .. } => cursor + 1,
        }))
    }

    /// The page's items in `reply`.
    fn list<'v>(&self, reply: &'v Value) -> Option<&'v Vec<Value>> {
        self.items
            .iter()
            .find_map(|pointer| reply.pointer(pointer).and_then(Value::as_array))
    }

    /// The number of the list's items before the page at `cursor`, as far as known
    /// (a page number counts whole pages of the asked size; without one, 0).
    fn before(&self, at: &At, size: Option<u64>) -> u64 {
        match (self.cursor, at) {
            (Cursor::Number { first, .. }, At::Count(n)) => {
                n.saturating_sub(first) * size.unwrap_or(0)
            }
            (Cursor::Offset { .. }, At::Count(n)) => *n,
            _ => 0,
        }
    }
}

/// A JSON number, or a string holding one, as a count.
fn as_count(value: &Value) -> Option<u64> {
    match value {
        Value::Number(n) => n.as_u64(),
        Value::String(s) => s.trim().parse().ok(),
        _ => None,
    }
}

/// Where a stream of pages is.
struct Walk {
    client: Client,
    operation: Operation,
    paging: Paging,
    parts: Parts,
    size: Option<u64>,
    /// The next page to fetch; `None` once the last was fetched.
    at: Option<At>,
    /// The list's items before the next page.
    before: u64,
}

impl Client {
    /// The pages of a paged operation's list, from the page `call` asks for (the
    /// first where it asks for none), each the operation's typed reply. The stream
    /// ends after the last page (see the [module](crate::paging)) or at the first error.
    ///
    /// ```
    /// use forgespec_client::pingcode::common::PageQuery;
    /// use forgespec_client::pingcode::scm::products::{ListScmProducts, ListScmProductsQuery};
    /// use forgespec_client::{Call, Client};
    /// use futures_util::TryStreamExt;
    /// # use forgespec_contract::{Contract, Platform, mock::BackgroundMock};
    /// # let mock = BackgroundMock::start(Contract::builtin(Platform::Pingcode))?;
    /// # let runtime = tokio::runtime::Runtime::new()?;
    ///
    /// let client = Client::pingcode("enterprise-token").base_url(format!("{}/v1", mock.url())).build()?;
    /// let call = || {
    ///     let page = PageQuery { page_size: Some(100), page_index: None };
    ///     let query = ListScmProductsQuery { page, ..Default::default() };
    ///     Call::<ListScmProducts>::new(Default::default(), query, Default::default(), Default::default())
    /// };
    /// let pages: Vec<_> = runtime.block_on(client.pages(call()).try_collect())?;
    /// let products: Vec<_> = pages.into_iter().flat_map(|page| page.values).collect();
    /// println!("{} products", products.len());
    ///
    /// // Or one page at a time (the stream is not `Unpin`: pin it first).
    /// runtime.block_on(async {
    ///     let mut pages = std::pin::pin!(client.pages(call()));
    ///     while let Some(page) = pages.try_next().await? {
    ///         println!("{} on this page", page.values.len());
    ///     }
    ///     Ok::<(), forgespec_client::Error>(())
    /// })?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn pages<E: Paged>(
        &self,
        call: Call<E>,
    ) -> impl Stream<Item = Result<E::Response, Error>> + Send + 'static {
        use futures_util::future::{Either, ready};
        let operation = E::operation();
        let id = operation.id;
        let replies = match call.into_parts(id) {
            Ok(parts) => Either::Left(self.pages_parts(operation, E::PAGING, parts)),
            Err(e) => Either::Right(futures_util::stream::once(ready(Err(e)))),
        };
        futures_util::StreamExt::map(replies, move |reply| crate::decode::<E>(id, &reply?))
    }

    /// The pages of an operation described at run time (see [`Client::send_parts`]),
    /// each reply's bytes: [`Client::pages`] for tools that work from [`Operation`]s.
    pub fn pages_parts(
        &self,
        operation: Operation,
        paging: Paging,
        parts: Parts,
    ) -> impl Stream<Item = Result<Reply, Error>> + Send + 'static {
        let size = paging.size.and_then(|name| paging.read(&parts, name));
        let start = paging.start(&parts);
        let walk = Walk {
            client: self.clone(),
            size,
            before: paging.before(&start, size),
            at: Some(start),
            operation,
            paging,
            parts,
        };
        futures_util::stream::try_unfold(walk, |mut walk| async move {
            let Some(at) = walk.at.take() else {
                return Ok(None);
            };
            walk.paging.write(&mut walk.parts, &at, walk.operation.id)?;
            let reply = walk
                .client
                .send_parts(&walk.operation, walk.parts.clone())
                .await?;
            let value = serde_json::from_slice::<Value>(&reply.body).ok();
            walk.at = value
                .as_ref()
                .and_then(|value| walk.paging.next(&at, walk.size, walk.before, value));
            walk.before += value
                .as_ref()
                .and_then(|value| walk.paging.list(value))
                .map_or(0, |items| items.len() as u64);
            Ok(Some((reply, walk)))
        })
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const NUMBERED: Paging = Paging::number(PageIn::Query, "page_index", 0)
        .size("page_size")
        .items(&["/values"])
        .total(Total::Items("/total"));

    #[test]
    fn a_total_of_items_ends_the_list() {
        let page = |n: usize| json!({"values": vec![1; n], "total": 5});
        assert_eq!(
            NUMBERED.next(&At::Count(0), Some(2), 0, &page(2)),
            Some(At::Count(1))
        );
        assert_eq!(
            NUMBERED.next(&At::Count(1), Some(2), 2, &page(2)),
            Some(At::Count(2))
        );
        assert_eq!(NUMBERED.next(&At::Count(2), Some(2), 4, &page(1)), None);
        // No size asked for: the items counted so far.
        assert_eq!(
            NUMBERED.next(&At::Count(0), None, 0, &page(3)),
            Some(At::Count(1))
        );
        assert_eq!(NUMBERED.next(&At::Count(1), None, 3, &page(2)), None);
        assert_eq!(NUMBERED.before(&At::Count(3), Some(10)), 30);
        assert_eq!(NUMBERED.before(&At::Count(3), None), 0);
    }

    #[test]
    fn a_total_of_pages_ends_the_list() {
        let paging = Paging::number(PageIn::Body, "PageNumber", 1)
            .size("PageSize")
            .items(&["/Response/Data/List"])
            .total(Total::Pages("/Response/Data/TotalPage"));
        let page = json!({"Response": {"Data": {"List": [1, 2], "TotalPage": 3}}});
        assert_eq!(
            paging.next(&At::Count(1), Some(2), 0, &page),
            Some(At::Count(2))
        );
        assert_eq!(paging.next(&At::Count(3), Some(2), 4, &page), None);
    }

    #[test]
    fn without_a_total_a_short_or_empty_page_is_the_last() {
        let paging = Paging::number(PageIn::Query, "page", 1)
            .size("per_page")
            .items(&[""]);
        assert_eq!(
            paging.next(&At::Count(1), Some(2), 0, &json!([1, 2])),
            Some(At::Count(2))
        );
        assert_eq!(paging.next(&At::Count(2), Some(2), 2, &json!([1])), None);
        assert_eq!(
            paging.next(&At::Count(1), None, 0, &json!([1])),
            Some(At::Count(2))
        );
        assert_eq!(paging.next(&At::Count(2), None, 1, &json!([])), None);
    }

    #[test]
    fn offsets_advance_by_the_items_received() {
        let paging = Paging::offset(PageIn::Body, "Offset")
            .size("Limit")
            .items(&["/Response/IssueList"]);
        let page = |n: usize| json!({"Response": {"IssueList": vec![1; n]}});
        assert_eq!(paging.before(&At::Count(3), Some(3)), 3);
        assert_eq!(
            paging.next(&At::Count(0), Some(3), 0, &page(3)),
            Some(At::Count(3))
        );
        assert_eq!(paging.next(&At::Count(3), Some(3), 3, &page(2)), None);
    }

    #[test]
    fn a_reply_without_its_total_is_judged_by_its_length() {
        let page = |n: usize| json!({"values": vec![1; n]});
        assert_eq!(
            NUMBERED.next(&At::Count(0), Some(2), 0, &page(2)),
            Some(At::Count(1))
        );
        assert_eq!(NUMBERED.next(&At::Count(1), Some(2), 2, &page(1)), None);
    }

    #[test]
    fn a_text_cursor_is_written_as_text() {
        let paging = Paging::number(PageIn::Body, "PageNumber", 1).text();
        let mut parts = Parts {
            body: Some(br#"{"Action":"A"}"#.to_vec()),
            ..Parts::default()
        };
        paging
            .write(&mut parts, &At::Count(2), "A")
            .expect("written");
        let body: Value =
            serde_json::from_slice(parts.body.as_deref().unwrap_or_default()).expect("JSON");
        assert_eq!(body["PageNumber"], "2");
        // A number the call sent stays a number, whatever the table says.
        let mut parts = Parts {
            query: vec![("page".into(), json!(1))],
            ..Parts::default()
        };
        let paging = Paging::number(PageIn::Query, "page", 1).text();
        paging
            .write(&mut parts, &At::Count(2), "a")
            .expect("written");
        assert_eq!(parts.query, vec![("page".to_string(), json!(2))]);
    }

    #[test]
    fn a_reply_without_the_list_or_with_a_string_total_is_read_safely() {
        assert_eq!(
            NUMBERED.next(&At::Count(0), Some(2), 0, &json!({"error": "x"})),
            None
        );
        let page = json!({"values": [1, 2], "total": "4"});
        assert_eq!(
            NUMBERED.next(&At::Count(0), Some(2), 0, &page),
            Some(At::Count(1))
        );
        assert_eq!(NUMBERED.next(&At::Count(1), Some(2), 2, &page), None);
    }

    #[test]
    fn a_token_leads_to_the_next_page_until_the_reply_has_none() {
        let paging = Paging::token(
            PageIn::Body,
            "ContinuationToken",
            "/Response/Data/ContinuationToken",
        )
        .size("PageSize")
        .items(&["/Response/Data/InstanceSet"]);
        let page = |token: &str| json!({"Response": {"Data": {"ContinuationToken": token, "InstanceSet": [1]}}});
        let first = At::Token(None);
        assert_eq!(
            paging.next(&first, Some(1), 0, &page("t1")),
            Some(At::Token(Some("t1".into())))
        );
        let second = At::Token(Some("t1".into()));
        assert_eq!(paging.next(&second, Some(1), 1, &page("")), None);
        // A service that answers the same token again would loop: it ends the list.
        assert_eq!(paging.next(&second, Some(1), 1, &page("t1")), None);
        // The first page is asked for without a token.
        let mut parts = Parts {
            body: Some(br#"{"Action":"A"}"#.to_vec()),
            ..Parts::default()
        };
        assert_eq!(paging.start(&parts), first);
        paging.write(&mut parts, &first, "A").expect("written");
        assert_eq!(parts.body.as_deref(), Some(&br#"{"Action":"A"}"#[..]));
        paging.write(&mut parts, &second, "A").expect("written");
        let body: Value =
            serde_json::from_slice(parts.body.as_deref().unwrap_or_default()).expect("JSON");
        assert_eq!(body["ContinuationToken"], "t1");
    }

    #[test]
    fn the_cursor_is_written_where_the_operation_takes_it() {
        let mut parts = Parts {
            body: Some(br#"{"Action":"DescribeIssueList","Limit":3}"#.to_vec()),
            ..Parts::default()
        };
        let paging = Paging::offset(PageIn::Body, "Offset").size("Limit");
        assert_eq!(paging.start(&parts), At::Count(0));
        assert_eq!(paging.read(&parts, "Limit"), Some(3));
        paging
            .write(&mut parts, &At::Count(6), "DescribeIssueList")
            .expect("written");
        let body: Value =
            serde_json::from_slice(parts.body.as_deref().unwrap_or_default()).expect("JSON");
        assert_eq!(body["Offset"], 6);
        assert_eq!(body["Action"], "DescribeIssueList");

        let mut parts = Parts {
            query: vec![("page_index".into(), json!(4))],
            ..Parts::default()
        };
        assert_eq!(NUMBERED.start(&parts), At::Count(4));
        NUMBERED
            .write(&mut parts, &At::Count(5), "listScmProducts")
            .expect("written");
        assert_eq!(parts.query, vec![("page_index".to_string(), json!(5))]);
        let mut bad = Parts {
            body: Some(b"[1]".to_vec()),
            ..Parts::default()
        };
        assert!(matches!(
            paging.write(&mut bad, &At::Count(0), "DescribeIssueList"),
            Err(Error::Encode { .. })
        ));
    }
}
