//! Document symbols in running text. FIXME: being written.
