//! Serialized snapshots hold only the pages that differ from the base image:
//! the memory of a fresh interpreter of the same component, which every
//! runtime of that component makes for itself (the same bytes in every
//! process). A session that defined a few functions differs from it in tens
//! of pages, not the megabyte and more of its whole memory.
//!
//! The body is a list of runs, each `offset: u32 LE, len: u32 LE` and `len`
//! bytes of the image from `offset`, in increasing order; bytes past the
//! base's end that no run covers are zeros.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::{Arc, Mutex};

use wasmtime_wasi::runtime::in_tokio;

use super::image::{is_zero, Image};
use crate::error::{internal, Error};
use crate::instance::GuestInstance;
use crate::policy::Policy;
use crate::runtime::Runtime;

/// Runs are whole pages of this size (a host page: a restore that maps the
/// base copies one page per page a run touches).
const PAGE: usize = 4096;
const RUN_HEADER: usize = 8;

/// A fresh interpreter's memory, as `capture` shows it.
pub(crate) struct BaseImage {
    pub(crate) image: Image,
    pub(crate) digest: [u8; blake3::OUT_LEN],
}

impl BaseImage {
    /// The base image of `runtime`'s component, made on first need. It is a
    /// function of the component alone, so runtimes of one component share
    /// it (kept for the life of the process: a process runs few components).
    pub(crate) fn of_component(runtime: &Runtime) -> Result<Arc<BaseImage>, Error> {
        static BASES: Mutex<BTreeMap<[u8; blake3::OUT_LEN], Arc<BaseImage>>> = Mutex::new(BTreeMap::new());
        let digest = *runtime.component_digest();
        if let Some(base) = BASES.lock().unwrap_or_else(|e| e.into_inner()).get(&digest) {
            return Ok(base.clone());
        }
        // Made outside the lock: other components' bases stay available.
        let made = Arc::new(BaseImage::of(runtime)?);
        Ok(BASES.lock().unwrap_or_else(|e| e.into_inner()).entry(digest).or_insert(made).clone())
    }

    fn of(runtime: &Runtime) -> Result<BaseImage, Error> {
        let mut instance = GuestInstance::on_demand(runtime, &Policy::default())?;
        instance.unmetered()?;
        let window =
            in_tokio(instance.memory_window()).map_err(|e| internal("cannot read a fresh interpreter's memory", e))?;
        let bytes = window.as_le_slice(&instance.store);
        let image = Image::copy_of(bytes).map_err(|e| internal("cannot store the base image", e))?;
        Ok(BaseImage { image, digest: *blake3::hash(bytes).as_bytes() })
    }
}

/// Appends to `out` the runs of `image` that differ from `base` (zeros past
/// its end).
pub(crate) fn encode(image: &[u8], base: &[u8], out: &mut Vec<u8>) {
    let mut run: Option<Range<usize>> = None;
    let flush = |run: Range<usize>, out: &mut Vec<u8>| {
        out.extend_from_slice(&(run.start as u32).to_le_bytes());
        out.extend_from_slice(&(run.len() as u32).to_le_bytes());
        out.extend_from_slice(&image[run]);
    };
    for (i, page) in image.chunks(PAGE).enumerate() {
        let at = i * PAGE;
        let same = match base.get(at..) {
            Some(rest) if rest.len() >= page.len() => rest[..page.len()] == *page,
            Some(rest) => rest == &page[..rest.len()] && is_zero(&page[rest.len()..]),
            None => is_zero(page),
        };
        match (&mut run, same) {
            (Some(r), false) if r.end == at => r.end = at + page.len(),
            (_, false) => {
                if let Some(done) = run.replace(at..at + page.len()) {
                    flush(done, out);
                }
            }
            (_, true) => {}
        }
    }
    if let Some(done) = run {
        flush(done, out);
    }
}

/// A run read from bytes: where it goes in the image, and where its bytes
/// are in the serialized snapshot.
pub(crate) struct Run {
    pub(crate) at: usize,
    pub(crate) bytes: Range<usize>,
}

/// The runs of a body that starts at `start` in `serialized`, checked to lie
/// in order inside an image of `len` bytes.
pub(crate) fn decode(serialized: &[u8], start: usize, len: usize) -> Result<Vec<Run>, &'static str> {
    let mut runs = Vec::new();
    let (mut pos, mut image_end) = (start, 0usize);
    while pos < serialized.len() {
        let header = serialized.get(pos..pos + RUN_HEADER).ok_or("its length does not match its header")?;
        let at = u32::from_le_bytes(header[..4].try_into().expect("4 bytes")) as usize;
        let n = u32::from_le_bytes(header[4..].try_into().expect("4 bytes")) as usize;
        let bytes = pos + RUN_HEADER..pos + RUN_HEADER + n;
        if bytes.end > serialized.len() {
            return Err("its length does not match its header");
        }
        if at < image_end || n == 0 || at.checked_add(n).is_none_or(|end| end > len) {
            return Err("its pages are out of order or outside its image");
        }
        image_end = at + n;
        pos = bytes.end;
        runs.push(Run { at, bytes });
    }
    Ok(runs)
}

/// Writes the runs into `dest`, which holds the base image (and zeros past
/// it).
pub(crate) fn apply(runs: &[Run], serialized: &[u8], dest: &mut [u8]) {
    // SAFETY: a slice of our own, writable and borrowed for the call.
    unsafe { apply_in_place(runs, serialized, dest.as_mut_ptr(), dest.len()) }
}

/// [`apply`] into guest memory the host has just mapped the base image over.
///
/// # Safety
/// `dest..dest + len` must be the instance's linear memory, mapped and
/// writable, that nothing reads or writes during the call, with `len` at
/// least the image size the runs were checked against.
pub(crate) unsafe fn apply_in_place(runs: &[Run], serialized: &[u8], dest: *mut u8, len: usize) {
    for run in runs {
        let n = run.bytes.len();
        assert!(run.at + n <= len, "a run outside the window");
        // SAFETY: in bounds (checked above), and the caller's contract.
        unsafe { std::ptr::copy_nonoverlapping(serialized[run.bytes.clone()].as_ptr(), dest.add(run.at), n) };
    }
}
