//! References in running text. FIXME: being written.
