//! A snapshot's image: the captured guest memory, kept where a restore can
//! map it copy-on-write.
//!
//! On Linux the bytes live in a memfd. A restore maps it `MAP_PRIVATE` over
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
fn is_zero(page: &[u8]) -> bool {
    let head = page.len().min(64);
    page[..head].iter().all(|&b| b == 0) && page[head..].iter().fold(0u8, |acc, &b| acc | b) == 0
}

#[cfg(target_os = "linux")]
mod repr {
    use std::ffi::c_void;
    use std::os::fd::OwnedFd;
    use std::ptr::NonNull;

    use rustix::fs::{MemfdFlags, SealFlags};
    use rustix::mm::{MapFlags, ProtFlags};

    use super::*;

    pub(crate) struct Image {
        /// Sealed against shrinking (which would turn a mapped page into a
        /// SIGBUS) and growing; never written after it is made.
        fd: OwnedFd,
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
            let fd = rustix::fs::memfd_create(
                "mpsandbox-snapshot",
                MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING,
            )?;
            rustix::fs::ftruncate(&fd, bytes.len() as u64)?;
            for chunk in nonzero_chunks(bytes) {
                let mut at = chunk.start;
                while at < chunk.end {
                    at += rustix::io::pwrite(&fd, &bytes[at..chunk.end], at as u64)?;
                }
            }
            rustix::fs::fcntl_add_seals(
                &fd,
                SealFlags::SHRINK | SealFlags::GROW | SealFlags::SEAL,
            )?;
            let view = View::of(&fd, bytes.len())?;
            Ok(Image { fd, view })
        }

        pub(crate) fn len(&self) -> usize {
            self.view.len
        }

        pub(crate) fn bytes(&self) -> &[u8] {
            self.view.bytes()
        }

        /// Replaces the `len` bytes at `dest` with a private, copy-on-write
        /// mapping of the image. Returns false (touching nothing) when the
        /// place cannot take one: not page-aligned, or not the image's size.
        ///
        /// # Safety
        /// `dest..dest + len` must be read-write memory mapped by the caller's
        /// side (a wasm linear memory's accessible bytes) that nothing reads
        /// or writes during the call, and whose owner unmaps it rather than
        /// resetting it in place (so not a pooling allocator's slot).
        pub(crate) unsafe fn map_over(&self, dest: *mut u8, len: usize) -> io::Result<bool> {
            if len != self.len() || len == 0 || dest as usize % rustix::param::page_size() != 0 {
                return Ok(false);
            }
            let flags = MapFlags::PRIVATE | MapFlags::FIXED;
            // SAFETY: by the caller's contract the range is ours to replace;
            // MAP_FIXED swaps its pages atomically, with the same protection.
            unsafe {
                rustix::mm::mmap(
                    dest.cast(),
                    len,
                    ProtFlags::READ | ProtFlags::WRITE,
                    flags,
                    &self.fd,
                    0,
                )?
            };
            Ok(true)
        }
    }

    struct View {
        ptr: NonNull<c_void>,
        len: usize,
    }

    // SAFETY: a read-only mapping of a file nobody writes.
    unsafe impl Send for View {}
    unsafe impl Sync for View {}

    impl View {
        fn of(fd: &OwnedFd, len: usize) -> io::Result<View> {
            if len == 0 {
                return Ok(View {
                    ptr: NonNull::dangling(),
                    len,
                });
            }
            // SAFETY: a fresh mapping chosen by the kernel.
            let ptr = unsafe {
                rustix::mm::mmap(
                    std::ptr::null_mut(),
                    len,
                    ProtFlags::READ,
                    MapFlags::SHARED,
                    fd,
                    0,
                )?
            };
            Ok(View {
                ptr: NonNull::new(ptr).expect("mmap does not return null"),
                len,
            })
        }

        fn bytes(&self) -> &[u8] {
            // SAFETY: `len` readable bytes, mapped while `self` lives; the
            // file is sealed against shrinking and never written.
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
            Ok(Image {
                bytes: bytes.to_vec(),
            })
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
