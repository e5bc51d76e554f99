//! What the assembly refuses, as values: where (an operationId, a component, a
//! fixture, or the document) and what is wrong.

use std::fmt;

/// One reason a document cannot be assembled.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: the operationId, component name or fixture path concerned, or
    /// `document` for the API as a whole.
    pub at: String,
    /// What is wrong, and where useful how to fix it.
    pub what: String,
}

impl Problem {
    /// A problem at `at`.
    pub fn new(at: impl Into<String>, what: impl Into<String>) -> Problem {
        Problem {
            at: at.into(),
            what: what.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.at, self.what)
    }
}

impl std::error::Error for Problem {}
