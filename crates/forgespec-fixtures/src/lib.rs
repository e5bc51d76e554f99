//! The on-disk conventions every forgespec platform crate shares, in one small crate
//! that both the generator (`xtask`) and the checks (`forgespec-testkit`) read with:
//!
//! - [`fixture`]: the documented examples under `fixtures/`, named by what they are
//!   examples of, with the verbatim `.raw.txt` of each repaired one;
//! - [`map`]: `fixtures/README*.md`, the table that maps every fixture to its place in
//!   the source document, checked in both directions;
//! - [`errata`]: `ERRATA.md`, its `## E<n>` entries and the `// E<n>` citations in the
//!   code;
//! - [`members`]: the pointer of every member of a fixture's value, for the tests that
//!   break examples member by member.
//!
//! Every function here reads files and reports a problem as a value naming the file
//! (and the line, where there is one); none panics or reads a missing file as empty.

pub mod errata;
pub mod fixture;
pub mod map;
pub mod members;

pub use errata::{cited_errata, errata_ids};
pub use fixture::{Fixture, FixtureError, Subject, load, parse_name};
pub use members::{member_pointers, replace_member};
