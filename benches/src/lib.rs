//! Benches for plenary live in `benches/`.
