//! A snapshot's image: the captured guest memory, kept where a restore can
//! map it copy-on-write.
//!
//! On Linux the bytes live in a memfd shared by every image of the process.
//! A restore maps the image's range `MAP_PRIVATE` over
//! the fresh instance's memory: nothing is copied up front, the pages a
//! restored guest only reads stay shared by every session restored from the
//! same snapshot, and the kernel copies a page the first time one writes it.
//! Elsewhere the image is a `Vec` and a restore copies it in chunks.

use std::io;
use std::ops::Range;

/// Zero detection works in the host's pages: a page never written is never
/// faulted in, in the restoring instance.
const ZERO_PAGE: usize = 4096;
/// Zero gaps shorter than this are sent rather than skipped: a chunk costs
/// two calls into the guest (or one write to the memfd).
const MIN_SKIP: usize = 4 * ZERO_PAGE;

pub(crate) use repr::Image;

/// The image's byte ranges that are not all zeros, in page units.
pub(crate) fn nonzero_chunks(image: &[u8]) -> Vec<Range<usize>> {
    let mut chunks: Vec<Range<usize>> = Vec::new();
    for (i, page) in image.chunks(ZERO_PAGE).enumerate() {
        if is_zero(page) {
            continue;
        }
        let (start, end) = (i * ZERO_PAGE, i * ZERO_PAGE + page.len());
        match chunks.last_mut() {
            Some(last) if start - last.end < MIN_SKIP => last.end = end,
            _ => chunks.push(start..end),
        }
    }
    chunks
}

/// Whether `page` holds only zeros. A page in use almost always shows a
/// non-zero byte at its start; the rest is an OR-fold, which vectorizes
/// (a byte-by-byte early-exit loop took most of a restore's time).
pub(crate) fn is_zero(page: &[u8]) -> bool {
    let head = page.len().min(64);
    page[..head].iter().all(|&b| b == 0) && page[head..].iter().fold(0u8, |acc, &b| acc | b) == 0
}

#[cfg(target_os = "linux")]
mod repr {
    use std::ffi::c_void;
    use std::os::fd::OwnedFd;
    use std::ptr::NonNull;
    use std::sync::atomic::{AtomicU64, Ordering};
    use std::sync::{Arc, Mutex};

    use rustix::fs::{FallocateFlags, MemfdFlags, SealFlags};
    use rustix::mm::{MapFlags, ProtFlags};

    use super::*;

    /// Every image of the process lives in one sparse memfd, each in a range
    /// of its own: one descriptor serves any number of snapshots (one each
    /// would run into `RLIMIT_NOFILE`). A dropped image's range is kept, pages
    /// and all, for the next image of the same size (up to `SPARE_LIMIT`
    /// bytes of them); past that, its pages are released by punching a hole.
    ///
    /// A child made by `fork` shares the file: it must neither place images
    /// in it nor punch the parent's out (a forked Python worker dropping its
    /// copies at exit). So an arena belongs to the process that made it; a
    /// child makes its own and leaves the inherited ranges alone.
    struct Arena {
        owner: rustix::process::Pid,
        /// Sized once and sealed: it cannot shrink under a mapping (which
        /// would turn a mapped page into a SIGBUS) or grow.
        fd: OwnedFd,
        /// Where the next image goes (moved on under `CURRENT`'s lock).
        next: AtomicU64,
        /// Ranges of dropped images whose pages are kept for the next image
        /// of the same size (writing into allocated pages costs half of
        /// allocating them): offset and length, at most `SPARE_LIMIT` bytes.
        spare: Mutex<Vec<(u64, u64)>>,
    }

    const SPARE_LIMIT: u64 = 32 << 20;

    /// An arena's size: address space of the file, not memory (64 TiB of
    /// images, cumulatively, before the next arena is made).
    const ARENA_SIZE: u64 = 1 << 46;
    /// Images start on a wasm page, which is a host page too.
    const ALIGN: u64 = 65536;

    static CURRENT: Mutex<Option<Arc<Arena>>> = Mutex::new(None);

    impl Arena {
        fn new() -> io::Result<Arena> {
            let fd = rustix::fs::memfd_create("mpsandbox-snapshots", MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING)?;
            rustix::fs::ftruncate(&fd, ARENA_SIZE)?;
            rustix::fs::fcntl_add_seals(&fd, SealFlags::SHRINK | SealFlags::GROW | SealFlags::SEAL)?;
            Ok(Arena { owner: rustix::process::getpid(), fd, next: AtomicU64::new(0), spare: Mutex::new(Vec::new()) })
        }

        /// A range of `len` bytes: the arena it is in, its offset, and
        /// whether it is a spare one (holding an older image's bytes).
        fn reserve(len: usize) -> io::Result<(Arc<Arena>, u64, bool)> {
            let len = aligned(len);
            if len > ARENA_SIZE {
                return Err(io::Error::new(io::ErrorKind::InvalidInput, "the image is larger than an arena"));
            }
            let mut current = CURRENT.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(arena) = current.as_ref().filter(|a| a.owned()) {
                let mut spare = arena.spare.lock().unwrap_or_else(|e| e.into_inner());
                if let Some(i) = spare.iter().position(|&(_, l)| l == len) {
                    let (offset, _) = spare.swap_remove(i);
                    return Ok((arena.clone(), offset, true));
                }
                drop(spare);
                let offset = arena.next.load(Ordering::Relaxed);
                if offset + len <= ARENA_SIZE {
                    arena.next.store(offset + len, Ordering::Relaxed);
                    return Ok((arena.clone(), offset, false));
                }
            }
            let arena = Arc::new(Arena::new()?);
            arena.next.store(len, Ordering::Relaxed);
            *current = Some(arena.clone());
            Ok((arena, 0, false))
        }

        fn owned(&self) -> bool {
            self.owner == rustix::process::getpid()
        }

        /// Releases a range's pages.
        fn punch(&self, offset: u64, len: u64) -> io::Result<()> {
            let punch = FallocateFlags::PUNCH_HOLE | FallocateFlags::KEEP_SIZE;
            Ok(rustix::fs::fallocate(&self.fd, punch, offset, len)?)
        }
    }

    fn aligned(len: usize) -> u64 {
        (len as u64).div_ceil(ALIGN) * ALIGN
    }

    pub(crate) struct Image {
        arena: Arc<Arena>,
        offset: u64,
        /// A read-only shared view, for the bytes themselves (serializing, or
        /// a restore that cannot map); it costs no memory until read.
        view: View,
    }

    impl Image {
        /// Restores map the image rather than copy it.
        pub(crate) const MAPS: bool = true;

        /// The image holding `bytes`: their non-zero pages are written, the
        /// rest are holes, which cost no memory.
        pub(crate) fn copy_of(bytes: &[u8]) -> io::Result<Image> {
            let (arena, offset, spare) = Arena::reserve(bytes.len())?;
            let view = match View::of(&arena.fd, offset, bytes.len()) {
                Ok(view) => view,
                Err(e) => {
                    let _ = arena.punch(offset, aligned(bytes.len()));
                    return Err(e);
                }
            };
            // From here on, dropping the image releases the range.
            let image = Image { view, arena, offset };
            let mut zero_from = 0;
            for chunk in nonzero_chunks(bytes) {
                // A spare range holds an older image: what this one skips
                // as zeros must be made zeros.
                if spare && chunk.start > zero_from {
                    image.arena.punch(offset + zero_from as u64, (chunk.start - zero_from) as u64)?;
                }
                let mut at = chunk.start;
                while at < chunk.end {
                    let written = rustix::io::pwrite(&image.arena.fd, &bytes[at..chunk.end], offset + at as u64)?;
                    if written == 0 {
                        return Err(io::ErrorKind::WriteZero.into());
                    }
                    at += written;
                }
                zero_from = chunk.end;
            }
            let end = aligned(bytes.len()) as usize;
            if spare && end > zero_from {
                image.arena.punch(offset + zero_from as u64, (end - zero_from) as u64)?;
            }
            Ok(image)
        }

        pub(crate) fn len(&self) -> usize {
            self.view.len
        }

        pub(crate) fn bytes(&self) -> &[u8] {
            self.view.bytes()
        }

        /// Replaces the first bytes of the `len` at `dest` with a private,
        /// copy-on-write mapping of the image. Returns false (touching
        /// nothing) when the place cannot take one: not page-aligned, or
        /// smaller than the image, or larger than an image that does not end
        /// on a page (the mapping's last page would cover bytes past it).
        ///
        /// # Safety
        /// `dest..dest + len` must be read-write memory mapped by the caller's
        /// side (a wasm linear memory's accessible bytes) that nothing reads
        /// or writes during the call, and whose owner unmaps it rather than
        /// resetting it in place (so not a pooling allocator's slot). The
        /// image must outlive the mapping: dropping it punches its pages out
        /// of the file, and unwritten mapped pages would then read as zeros.
        pub(crate) unsafe fn map_over(&self, dest: *mut u8, len: usize) -> io::Result<bool> {
            let page = rustix::param::page_size();
            let fits = len == self.len() || (len > self.len() && self.len().is_multiple_of(page));
            if !fits || self.len() == 0 || !(dest as usize).is_multiple_of(page) {
                return Ok(false);
            }
            let flags = MapFlags::PRIVATE | MapFlags::FIXED;
            let prot = ProtFlags::READ | ProtFlags::WRITE;
            // SAFETY: by the caller's contract the range is ours to replace;
            // MAP_FIXED swaps its pages atomically, with the same protection.
            unsafe { rustix::mm::mmap(dest.cast(), self.len(), prot, flags, &self.arena.fd, self.offset)? };
            Ok(true)
        }
    }

    impl Drop for Image {
        fn drop(&mut self) {
            if !self.arena.owned() {
                return;
            }
            let len = aligned(self.view.len);
            let mut spare = self.arena.spare.lock().unwrap_or_else(|e| e.into_inner());
            if spare.iter().map(|&(_, l)| l).sum::<u64>() + len <= SPARE_LIMIT {
                spare.push((self.offset, len));
                return;
            }
            drop(spare);
            // Best effort: a range that stays allocated only costs memory.
            let _ = self.arena.punch(self.offset, len);
        }
    }

    struct View {
        ptr: NonNull<c_void>,
        len: usize,
    }

    // SAFETY: a read-only mapping of file bytes nobody writes once made.
    unsafe impl Send for View {}
    unsafe impl Sync for View {}

    impl View {
        fn of(fd: &OwnedFd, offset: u64, len: usize) -> io::Result<View> {
            if len == 0 {
                return Ok(View { ptr: NonNull::dangling(), len });
            }
            // SAFETY: a fresh mapping chosen by the kernel.
            let ptr =
                unsafe { rustix::mm::mmap(std::ptr::null_mut(), len, ProtFlags::READ, MapFlags::SHARED, fd, offset)? };
            Ok(View { ptr: NonNull::new(ptr).expect("mmap does not return null"), len })
        }

        fn bytes(&self) -> &[u8] {
            // SAFETY: `len` readable bytes, mapped while `self` lives; the
            // file cannot shrink and the range is written only before the
            // view is handed out.
            unsafe { std::slice::from_raw_parts(self.ptr.as_ptr().cast(), self.len) }
        }
    }

    impl Drop for View {
        fn drop(&mut self) {
            if self.len > 0 {
                // SAFETY: our own mapping; no slice of it outlives `self`.
                let _ = unsafe { rustix::mm::munmap(self.ptr.as_ptr(), self.len) };
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod repr {
    use super::*;

    pub(crate) struct Image {
        bytes: Vec<u8>,
    }

    impl Image {
        pub(crate) const MAPS: bool = false;

        pub(crate) fn copy_of(bytes: &[u8]) -> io::Result<Image> {
            Ok(Image { bytes: bytes.to_vec() })
        }

        pub(crate) fn len(&self) -> usize {
            self.bytes.len()
        }

        pub(crate) fn bytes(&self) -> &[u8] {
            &self.bytes
        }

        /// No copy-on-write mapping here: restores copy.
        pub(crate) unsafe fn map_over(&self, _dest: *mut u8, _len: usize) -> io::Result<bool> {
            Ok(false)
        }
    }
}
