//! Session snapshots: an interpreter's whole state as bytes, restorable into a
//! fresh instance of the same component.
//!
//! The format: the pages of the image (the guest's linear memory above the
//! shadow stack) that differ from a fresh interpreter's (`delta`), framed so
//! that a snapshot from another component build, or a damaged one, is
//! refused before any of it reaches a guest. The protocol: the guest's
//! `snapshot` interface shows its memory (`capture`), and a restore either
//! maps the image there copy-on-write (`restore-placed`, Linux) or writes
//! it in chunks.

mod delta;
mod image;

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use delta::BaseImage;
use image::Image;

use wasmtime_wasi::runtime::in_tokio;

use crate::error::{internal, trapped, Error, LimitKind};
use crate::instance::GuestInstance;
use crate::output::Output;
use crate::policy::Policy;
use crate::runtime::Runtime;

/// Format of the framing, bumped whenever it changes.
const MAGIC: &[u8; 8] = b"MPSNAP02";
/// The same framing followed by a signature: the signing key's id and a
/// keyed BLAKE3 MAC of the header and that id. The header holds the body's
/// BLAKE3 digest, which a read checks against the body, so the MAC covers
/// the body without hashing it a second time.
const MAGIC_SIGNED: &[u8; 8] = b"MPSNAPK2";
/// The first format (the whole image), written before snapshots were deltas.
const OLD_MAGICS: [&[u8; 8]; 2] = [b"MPSNAP01", b"MPSNAPK1"];
const DIGEST_LEN: usize = blake3::OUT_LEN;
/// Magic, component digest, image size, base image digest, body digest.
const HEADER_LEN: usize = MAGIC.len() + DIGEST_LEN + 8 + DIGEST_LEN + DIGEST_LEN;
const KEY_ID_LEN: usize = 8;
const SIGNATURE_LEN: usize = KEY_ID_LEN + DIGEST_LEN;

/// A public name for a key (its hash's first bytes), so a refusal can tell
/// "signed with another key" from "altered".
fn key_id(key: &[u8; DIGEST_LEN]) -> [u8; KEY_ID_LEN] {
    blake3::hash(key).as_bytes()[..KEY_ID_LEN].try_into().expect("8 bytes")
}

/// The MAC of a signed snapshot: over its header (which holds the body's
/// digest) and the signing key's id.
fn mac(key: &[u8; DIGEST_LEN], header: &[u8], key_id: &[u8; KEY_ID_LEN]) -> blake3::Hash {
    blake3::Hasher::new_keyed(key).update(header).update(key_id).finalize()
}

/// A captured interpreter: globals, imported modules, heap. Made by
/// [`crate::Session::snapshot`], restored by [`crate::Sandbox::restore`] into
/// any sandbox of the same mpsandbox build, in this process or another.
///
/// Cheap to clone. [`Snapshot::to_bytes`] is the serialized form: the pages
/// that differ from a fresh interpreter's memory, the component's digest and
/// the body's, which [`Snapshot::from_bytes`] checks.
///
/// Restoring is as safe as running code in the sandbox: whatever the bytes
/// hold, they only ever become the guest's own memory.
#[derive(Clone)]
pub struct Snapshot {
    inner: Arc<Inner>,
}

struct Inner {
    form: Form,
    /// Size of the image, in bytes.
    len: usize,
    /// The component that captured it; only a runtime of the same one
    /// restores it.
    component: [u8; DIGEST_LEN],
    /// The whole image's byte ranges that are not all zeros, found on the
    /// first restore that copies.
    chunks: OnceLock<Vec<Range<usize>>>,
}

enum Form {
    /// Captured in this process: the whole image, the base it is serialized
    /// against, and the key it is signed with when serialized.
    Whole {
        image: Image,
        base: Arc<BaseImage>,
        key: Option<[u8; DIGEST_LEN]>,
        /// Encoded and digested only when asked for: capturing a snapshot
        /// to restore it in the same process never pays for either.
        serialized: OnceLock<Vec<u8>>,
    },
    /// Read from bytes: the runs that differ from the base image named by
    /// its digest, applied over it at a restore.
    Delta {
        bytes: Vec<u8>,
        base: [u8; DIGEST_LEN],
        runs: Vec<delta::Run>,
        /// The signing key's id and the MAC, when signed.
        signed: Option<([u8; KEY_ID_LEN], [u8; DIGEST_LEN])>,
        /// The whole image, made for a restore that cannot map the base.
        whole: OnceLock<Image>,
    },
}

impl Snapshot {
    /// Reads a snapshot written by [`Snapshot::to_bytes`]. Fails with
    /// [`Error::InvalidSnapshot`] for bytes that are not a snapshot or are
    /// damaged; one captured by a different interpreter component than the
    /// restoring runtime's is refused by the restore, before any of it
    /// reaches a guest, and so is one whose signature a runtime with a
    /// snapshot key does not accept ([`crate::RuntimeBuilder::snapshot_key`];
    /// [`Runtime::snapshot_from_bytes`] checks it at once).
    pub fn from_bytes(bytes: &[u8]) -> Result<Snapshot, Error> {
        let bad = |why: &str| Err(Error::InvalidSnapshot(why.to_string()));
        if OLD_MAGICS.iter().any(|m| bytes.starts_with(*m)) {
            return bad("it was written by an older mpsandbox (snapshot format 1); capture it again with this one");
        }
        let signed = bytes.starts_with(MAGIC_SIGNED);
        if bytes.len() < HEADER_LEN || !(signed || bytes.starts_with(MAGIC)) {
            return bad("it does not start with an mpsandbox snapshot header");
        }
        let (framed, signed) = if signed {
            if bytes.len() < HEADER_LEN + SIGNATURE_LEN {
                return bad("its signature is cut off");
            }
            let (framed, signature) = bytes.split_at(bytes.len() - SIGNATURE_LEN);
            let (key_id, mac) = signature.split_at(KEY_ID_LEN);
            (framed, Some((key_id.try_into().expect("8 bytes"), mac.try_into().expect("a digest"))))
        } else {
            (bytes, None)
        };
        let field = |at: usize| -> [u8; DIGEST_LEN] { framed[at..at + DIGEST_LEN].try_into().expect("a digest") };
        let component = field(MAGIC.len());
        let len_at = MAGIC.len() + DIGEST_LEN;
        let len = u64::from_le_bytes(framed[len_at..len_at + 8].try_into().expect("8 bytes"));
        let Ok(len) = usize::try_from(len) else { return bad("it is larger than this machine's memory") };
        let (base, digest) = (field(len_at + 8), field(len_at + 8 + DIGEST_LEN));
        let runs = match delta::decode(framed, HEADER_LEN, len) {
            Ok(runs) => runs,
            Err(why) => return bad(why),
        };
        if blake3::hash(&framed[HEADER_LEN..]).as_bytes() != &digest {
            return bad("its contents do not match their digest");
        }
        let form = Form::Delta { bytes: bytes.to_vec(), base, runs, signed, whole: OnceLock::new() };
        Ok(Snapshot { inner: Arc::new(Inner { form, len, component, chunks: OnceLock::new() }) })
    }

    /// The serialized snapshot, for storing or sending; signed when the
    /// runtime that captured it has a snapshot key (and, for one read from
    /// bytes, with the signature they carried).
    pub fn to_bytes(&self) -> &[u8] {
        match &self.inner.form {
            Form::Delta { bytes, .. } => bytes,
            Form::Whole { image, base, key, serialized } => serialized.get_or_init(|| {
                let mut bytes = vec![0; HEADER_LEN];
                delta::encode(image.bytes(), base.image.bytes(), &mut bytes);
                let digest = blake3::hash(&bytes[HEADER_LEN..]);
                let mut header = Vec::with_capacity(HEADER_LEN);
                header.extend_from_slice(if key.is_some() { MAGIC_SIGNED } else { MAGIC });
                header.extend_from_slice(&self.inner.component);
                header.extend_from_slice(&(self.inner.len as u64).to_le_bytes());
                header.extend_from_slice(&base.digest);
                header.extend_from_slice(digest.as_bytes());
                bytes[..HEADER_LEN].copy_from_slice(&header);
                if let Some(key) = key {
                    let id = key_id(key);
                    bytes.extend_from_slice(&id);
                    bytes.extend_from_slice(mac(key, &header, &id).as_bytes());
                }
                bytes
            }),
        }
    }

    /// Whether `runtime` accepts this snapshot: always without a snapshot
    /// key; with one, only when it was signed with the same key and not
    /// altered since.
    pub(crate) fn check_signature(&self, runtime: &Runtime) -> Result<(), Error> {
        let Some(key) = runtime.snapshot_key() else { return Ok(()) };
        let refused = |why: &str| Err(Error::InvalidSnapshot(why.to_string()));
        let unsigned = "it is not signed, and this runtime accepts only snapshots signed with its key";
        match &self.inner.form {
            Form::Whole { key: None, .. } | Form::Delta { signed: None, .. } => refused(unsigned),
            Form::Whole { key: Some(signer), .. } if signer == key => Ok(()),
            Form::Whole { .. } => refused("it was signed with another key"),
            Form::Delta { signed: Some((id, _)), .. } if *id != key_id(key) => {
                refused("it was signed with another key")
            }
            Form::Delta { signed: Some((id, read)), bytes, .. } => {
                // blake3::Hash compares in constant time.
                if mac(key, &bytes[..HEADER_LEN], id) == blake3::Hash::from_bytes(*read) {
                    Ok(())
                } else {
                    refused("it was altered after it was signed")
                }
            }
        }
    }

    /// Size of the guest memory it holds, in bytes.
    pub fn memory_size(&self) -> usize {
        self.inner.len
    }

    /// The whole image: the captured one, or one made from the runs over
    /// `base` (the restoring runtime's, already checked to be the right one).
    fn whole(&self, base: Option<&BaseImage>) -> Result<&Image, Error> {
        match (&self.inner.form, base) {
            (Form::Whole { image, .. }, _) => Ok(image),
            (Form::Delta { whole, .. }, _) if whole.get().is_some() => Ok(whole.get().expect("checked")),
            (Form::Delta { bytes, runs, whole, .. }, Some(base)) => {
                let mut image = vec![0; self.inner.len];
                let from = base.image.bytes();
                image[..from.len()].copy_from_slice(from);
                delta::apply(runs, bytes, &mut image);
                let made = Image::copy_of(&image).map_err(|e| internal("cannot store the snapshot's image", e))?;
                Ok(whole.get_or_init(|| made))
            }
            (Form::Delta { .. }, None) => Err(internal("a delta snapshot restored without its base", "no base")),
        }
    }

    /// What a restore that copies must write: the image minus its long runs
    /// of zeros, which freshly grown memory already holds.
    fn chunks(&self, image: &Image) -> &[Range<usize>] {
        self.inner.chunks.get_or_init(|| image::nonzero_chunks(image.bytes()))
    }
}

impl Runtime {
    /// Reads snapshot bytes as [`Snapshot::from_bytes`] does and, when this
    /// runtime has a snapshot key ([`crate::RuntimeBuilder::snapshot_key`]),
    /// checks their signature now rather than at the restore.
    pub fn snapshot_from_bytes(&self, bytes: &[u8]) -> Result<Snapshot, Error> {
        let snapshot = Snapshot::from_bytes(bytes)?;
        snapshot.check_signature(self)?;
        Ok(snapshot)
    }
}

impl std::fmt::Debug for Snapshot {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Snapshot").field("memory_size", &self.memory_size()).finish()
    }
}

/// The interpreter's state, from a live instance. The instance goes on
/// unchanged; a trap while capturing poisons it. The image is read straight
/// from guest memory into its store.
pub(crate) fn capture(runtime: &Runtime, instance: &mut GuestInstance) -> Result<Snapshot, Error> {
    if instance.poisoned {
        return Err(Error::Poisoned);
    }
    let base = BaseImage::of_component(runtime)?;
    instance.unmetered()?;
    match in_tokio(instance.memory_window()) {
        Ok(window) => {
            let bytes = window.as_le_slice(&instance.store);
            let image = Image::copy_of(bytes).map_err(|e| internal("cannot store the snapshot's image", e))?;
            let key = runtime.snapshot_key().copied();
            let form = Form::Whole { image, base, key, serialized: OnceLock::new() };
            let component = *runtime.component_digest();
            Ok(Snapshot { inner: Arc::new(Inner { form, len: bytes.len(), component, chunks: OnceLock::new() }) })
        }
        Err(trap) => {
            instance.poisoned = true;
            Err(trapped(&trap, "a snapshot capture", Output::default()))
        }
    }
}

/// A fresh instance under `policy`, continuing from `snapshot`: the guest
/// grows its memory to the image's size, then the image is mapped over it
/// copy-on-write where the platform can (for one read from bytes, the base
/// image is, and the runs that differ are written over it), or each
/// non-zero chunk is written straight into place.
pub(crate) fn restore(runtime: &Runtime, policy: &Policy, snapshot: &Snapshot) -> Result<GuestInstance, Error> {
    if &snapshot.inner.component != runtime.component_digest() {
        return Err(Error::InvalidSnapshot("it was captured by a different interpreter component".into()));
    }
    snapshot.check_signature(runtime)?;
    let size =
        u32::try_from(snapshot.inner.len).map_err(|_| Error::InvalidSnapshot("it is larger than 4 GiB".into()))?;
    let base = match &snapshot.inner.form {
        Form::Whole { .. } => None,
        Form::Delta { base: named, .. } => {
            let base = BaseImage::of_component(runtime)?;
            if &base.digest != named || base.image.len() > snapshot.inner.len {
                let why = "it was captured against another fresh interpreter than this runtime's";
                return Err(Error::InvalidSnapshot(why.into()));
            }
            Some(base)
        }
    };
    // A mapped image must go to memory that is unmapped when the instance
    // ends; a pool slot is reset in place, which would bring the image back
    // into the next instance of the slot.
    let mut instance =
        if Image::MAPS { GuestInstance::on_demand(runtime, policy)? } else { GuestInstance::new(runtime, policy)? };
    instance.unmetered()?;
    let result = in_tokio(async {
        let guest = instance.guest.sandbox_interpreter_snapshot().clone();
        if let Err(e) = guest.call_restore_begin(&mut instance.store, size).await? {
            return Ok(Ok(Err(e)));
        }
        if Image::MAPS {
            let window = instance.memory_window().await?;
            let bytes = window.as_le_slice(&instance.store);
            let (dest, len) = (bytes.as_ptr().cast_mut(), bytes.len());
            // SAFETY (both arms): the window is the instance's linear memory
            // (the guest names its own bytes), which no one touches until the
            // next call; an on-demand instance's memory is unmapped when it
            // ends, and the instance keeps what is mapped until then (see
            // `map_over`). The mapping is wasm-visible memory like any other.
            let placed: Option<Arc<dyn std::any::Any + Send + Sync>> = match (&snapshot.inner.form, &base) {
                (Form::Whole { image, .. }, _) => unsafe { image.map_over(dest, len) }
                    .map_err(wasmtime::Error::new)?
                    .then(|| snapshot.inner.clone() as _),
                (Form::Delta { bytes: serialized, runs, .. }, Some(base)) => {
                    if unsafe { base.image.map_over(dest, len) }.map_err(wasmtime::Error::new)? {
                        // SAFETY: as above. Linear memory is memory the
                        // guest writes through this same mapping; wasmtime
                        // hands it out only as a shared slice, whose last use
                        // was taking `dest`. The runs lie inside the image,
                        // which is the window's size (checked again there).
                        unsafe { delta::apply_in_place(runs, serialized, dest, len) };
                        Some(base.clone() as _)
                    } else {
                        None
                    }
                }
                (Form::Delta { .. }, None) => None,
            };
            if let Some(mapped) = placed {
                instance.mapped = Some(mapped);
                if let Err(e) = guest.call_restore_placed(&mut instance.store).await? {
                    return Ok(Ok(Err(e)));
                }
                return guest.call_restore_end(&mut instance.store).await.map(Ok);
            }
        }
        let image = match snapshot.whole(base.as_deref()) {
            Ok(image) => image,
            Err(e) => return Ok(Err(e)),
        };
        let bytes = image.bytes();
        for chunk in snapshot.chunks(image) {
            let (offset, len) = (chunk.start as u32, chunk.len() as u32);
            if let Err(e) = guest.call_restore_seek(&mut instance.store, offset, len).await? {
                return Ok(Ok(Err(e)));
            }
            if let Err(e) = guest.call_restore_chunk(&mut instance.store, &bytes[chunk.clone()]).await? {
                return Ok(Ok(Err(e)));
            }
        }
        guest.call_restore_end(&mut instance.store).await.map(Ok)
    });
    match result {
        Ok(Ok(Ok(()))) => Ok(instance),
        Ok(Ok(Err(e))) => Err(restore_error(e)),
        Ok(Err(e)) => Err(e),
        Err(trap) => Err(trapped(&trap, "a snapshot restore", Output::default())),
    }
}

/// The error a refused restore reports. Only the size is the caller's
/// affair; the others mean this host drove the protocol wrongly.
fn restore_error(e: crate::bindings::RestoreError) -> Error {
    use crate::bindings::RestoreError as R;
    match e {
        R::TooLarge => Error::Limit {
            kind: LimitKind::Memory,
            detail: "the snapshot needs more memory than the sandbox's cap".into(),
            output: Output::default(),
        },
        R::NotFresh | R::OutOfOrder | R::Incomplete => Error::Internal {
            message: format!("the interpreter refused the snapshot ({e:?})"),
            backtrace: None,
            output: Output::default(),
        },
    }
}
