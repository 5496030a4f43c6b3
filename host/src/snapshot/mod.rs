//! Session snapshots: an interpreter's whole state as bytes, restorable into a
//! fresh instance of the same component.
//!
//! The format: the image (the guest's linear memory above the shadow stack),
//! framed so that a snapshot from another component build, or a damaged one,
//! is refused before any of it reaches a guest. The protocol: the guest's
//! `snapshot` interface shows its memory (`capture`), and a restore either
//! maps the image there copy-on-write (`restore-placed`, Linux) or writes
//! it in chunks.

mod image;

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use image::Image;

use wasmtime_wasi::runtime::in_tokio;

use crate::error::{internal, trapped, Error, LimitKind};
use crate::instance::GuestInstance;
use crate::output::Output;
use crate::policy::Policy;
use crate::runtime::Runtime;

/// Format of the framing, bumped whenever it changes.
const MAGIC: &[u8; 8] = b"MPSNAP01";
/// The same framing followed by a signature: the signing key's id and a
/// keyed BLAKE3 MAC of the header and that id. The header holds the image's
/// BLAKE3 digest, which a read checks against the image, so the MAC covers
/// the image without hashing it a second time.
const MAGIC_SIGNED: &[u8; 8] = b"MPSNAPK1";
const DIGEST_LEN: usize = blake3::OUT_LEN;
const HEADER_LEN: usize = MAGIC.len() + DIGEST_LEN + 8 + DIGEST_LEN;
const KEY_ID_LEN: usize = 8;
const SIGNATURE_LEN: usize = KEY_ID_LEN + DIGEST_LEN;

/// A public name for a key (its hash's first bytes), so a refusal can tell
/// "signed with another key" from "altered".
fn key_id(key: &[u8; DIGEST_LEN]) -> [u8; KEY_ID_LEN] {
    blake3::hash(key).as_bytes()[..KEY_ID_LEN].try_into().expect("8 bytes")
}

/// The MAC of a signed snapshot: over its header (which holds the image's
/// digest) and the signing key's id.
fn mac(key: &[u8; DIGEST_LEN], header: &[u8], key_id: &[u8; KEY_ID_LEN]) -> blake3::Hash {
    blake3::Hasher::new_keyed(key).update(header).update(key_id).finalize()
}

/// How the bytes a snapshot came from were signed.
#[derive(Clone, Copy)]
enum Signature {
    /// Captured by a runtime with this key (signed when serialized).
    Captured([u8; DIGEST_LEN]),
    /// Read from bytes signed by the key with this id.
    Read { key_id: [u8; KEY_ID_LEN], mac: [u8; DIGEST_LEN] },
}

/// A captured interpreter: globals, imported modules, heap. Made by
/// [`crate::Session::snapshot`], restored by [`crate::Sandbox::restore`] into
/// any sandbox of the same mpsandbox build, in this process or another.
///
/// Cheap to clone. [`Snapshot::to_bytes`] is the serialized form; it carries
/// the component's digest and the image's, which [`Snapshot::from_bytes`]
/// checks.
///
/// Restoring is as safe as running code in the sandbox: whatever the bytes
/// hold, they only ever become the guest's own memory.
#[derive(Clone)]
pub struct Snapshot {
    inner: Arc<Inner>,
}

struct Inner {
    image: Image,
    /// The component that captured it; only a runtime of the same one
    /// restores it.
    component: [u8; DIGEST_LEN],
    /// The image's byte ranges that are not all zeros, found on the first
    /// restore that copies.
    chunks: OnceLock<Vec<Range<usize>>>,
    /// Framed and digested only when asked for: capturing a snapshot to
    /// restore it in the same process never pays for hashing.
    serialized: OnceLock<Vec<u8>>,
    /// The image's BLAKE3, known on reading and computed on first need
    /// after a capture.
    digest: OnceLock<[u8; DIGEST_LEN]>,
    signature: Option<Signature>,
}

impl Snapshot {
    fn from_image(
        image: &[u8],
        component: [u8; DIGEST_LEN],
        digest: OnceLock<[u8; DIGEST_LEN]>,
        signature: Option<Signature>,
    ) -> Result<Snapshot, Error> {
        let image = Image::copy_of(image).map_err(|e| internal("cannot store the snapshot's image", e))?;
        Ok(Snapshot {
            inner: Arc::new(Inner {
                image,
                component,
                chunks: OnceLock::new(),
                serialized: OnceLock::new(),
                digest,
                signature,
            }),
        })
    }

    /// Reads a snapshot written by [`Snapshot::to_bytes`]. Fails with
    /// [`Error::InvalidSnapshot`] for bytes that are not a snapshot or are
    /// damaged; one captured by a different interpreter component than the
    /// restoring runtime's is refused by the restore, before any of it
    /// reaches a guest, and so is one whose signature a runtime with a
    /// snapshot key does not accept ([`crate::RuntimeBuilder::snapshot_key`];
    /// [`Runtime::snapshot_from_bytes`] checks it at once).
    pub fn from_bytes(bytes: &[u8]) -> Result<Snapshot, Error> {
        let bad = |why: &str| Err(Error::InvalidSnapshot(why.to_string()));
        let signed = bytes.starts_with(MAGIC_SIGNED);
        if bytes.len() < HEADER_LEN || !(signed || bytes.starts_with(MAGIC)) {
            return bad("it does not start with an mpsandbox snapshot header");
        }
        let (bytes, signature) = if signed {
            if bytes.len() < HEADER_LEN + SIGNATURE_LEN {
                return bad("its signature is cut off");
            }
            let (framed, signature) = bytes.split_at(bytes.len() - SIGNATURE_LEN);
            let (key_id, mac) = signature.split_at(KEY_ID_LEN);
            let read =
                Signature::Read { key_id: key_id.try_into().expect("8 bytes"), mac: mac.try_into().expect("a digest") };
            (framed, Some(read))
        } else {
            (bytes, None)
        };
        let (component, rest) = bytes[MAGIC.len()..].split_at(DIGEST_LEN);
        let (len, rest) = rest.split_at(8);
        let (digest, image) = rest.split_at(DIGEST_LEN);
        if u64::from_le_bytes(len.try_into().expect("8 bytes")) != image.len() as u64 {
            return bad("its length does not match its header");
        }
        if blake3::hash(image).as_bytes() != digest {
            return bad("its contents do not match their digest");
        }
        let digest = OnceLock::from(<[u8; DIGEST_LEN]>::try_from(digest).expect("a digest"));
        Snapshot::from_image(image, component.try_into().expect("a digest"), digest, signature)
    }

    /// The serialized snapshot, for storing or sending; signed when the
    /// runtime that captured it has a snapshot key (and, for one read from
    /// bytes, with the signature they carried).
    pub fn to_bytes(&self) -> &[u8] {
        self.inner.serialized.get_or_init(|| {
            let image = self.inner.image.bytes();
            let header = self.header();
            let mut bytes = Vec::with_capacity(HEADER_LEN + image.len() + SIGNATURE_LEN);
            bytes.extend_from_slice(&header);
            bytes.extend_from_slice(image);
            let signature = match self.inner.signature {
                None => None,
                Some(Signature::Captured(key)) => {
                    let id = key_id(&key);
                    Some((id, *mac(&key, &header, &id).as_bytes()))
                }
                Some(Signature::Read { key_id, mac }) => Some((key_id, mac)),
            };
            if let Some((key_id, mac)) = signature {
                bytes.extend_from_slice(&key_id);
                bytes.extend_from_slice(&mac);
            }
            bytes
        })
    }

    /// The framing before the image; the signed form's magic when it has a
    /// signature.
    fn header(&self) -> Vec<u8> {
        let image = self.inner.image.bytes();
        let digest = self.inner.digest.get_or_init(|| *blake3::hash(image).as_bytes());
        let mut header = Vec::with_capacity(HEADER_LEN);
        header.extend_from_slice(if self.inner.signature.is_some() { MAGIC_SIGNED } else { MAGIC });
        header.extend_from_slice(&self.inner.component);
        header.extend_from_slice(&(image.len() as u64).to_le_bytes());
        header.extend_from_slice(digest);
        header
    }

    /// Whether `runtime` accepts this snapshot: always without a snapshot
    /// key; with one, only when it was signed with the same key and not
    /// altered since.
    pub(crate) fn check_signature(&self, runtime: &Runtime) -> Result<(), Error> {
        let Some(key) = runtime.snapshot_key() else { return Ok(()) };
        let refused = |why: &str| Err(Error::InvalidSnapshot(why.to_string()));
        match self.inner.signature {
            None => refused("it is not signed, and this runtime accepts only snapshots signed with its key"),
            Some(Signature::Captured(signer)) if &signer == key => Ok(()),
            Some(Signature::Captured(_)) => refused("it was signed with another key"),
            Some(Signature::Read { key_id: id, .. }) if id != key_id(key) => refused("it was signed with another key"),
            Some(Signature::Read { key_id: id, mac: read }) => {
                // blake3::Hash compares in constant time.
                if mac(key, &self.header(), &id) == blake3::Hash::from_bytes(read) {
                    Ok(())
                } else {
                    refused("it was altered after it was signed")
                }
            }
        }
    }

    /// Size of the guest memory it holds, in bytes.
    pub fn memory_size(&self) -> usize {
        self.inner.image.len()
    }

    /// What a restore that copies must write: the image minus its long runs
    /// of zeros, which freshly grown memory already holds.
    fn chunks(&self) -> &[Range<usize>] {
        self.inner.chunks.get_or_init(|| image::nonzero_chunks(self.inner.image.bytes()))
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
    instance.unmetered()?;
    match in_tokio(instance.memory_window()) {
        Ok(window) => Snapshot::from_image(
            window.as_le_slice(&instance.store),
            *runtime.component_digest(),
            OnceLock::new(),
            runtime.snapshot_key().map(|key| Signature::Captured(*key)),
        ),
        Err(trap) => {
            instance.poisoned = true;
            Err(trapped(&trap, "a snapshot capture", Output::default()))
        }
    }
}

/// A fresh instance under `policy`, continuing from `snapshot`: the guest
/// grows its memory to the image's size, then the image is mapped over it
/// copy-on-write where the platform can, or each non-zero chunk is written
/// straight into place.
pub(crate) fn restore(runtime: &Runtime, policy: &Policy, snapshot: &Snapshot) -> Result<GuestInstance, Error> {
    if &snapshot.inner.component != runtime.component_digest() {
        return Err(Error::InvalidSnapshot("it was captured by a different interpreter component".into()));
    }
    snapshot.check_signature(runtime)?;
    let image = &snapshot.inner.image;
    let size = u32::try_from(image.len()).map_err(|_| Error::InvalidSnapshot("it is larger than 4 GiB".into()))?;
    // A mapped image must go to memory that is unmapped when the instance
    // ends; a pool slot is reset in place, which would bring the image back
    // into the next instance of the slot.
    let mut instance =
        if Image::MAPS { GuestInstance::on_demand(runtime, policy)? } else { GuestInstance::new(runtime, policy)? };
    instance.unmetered()?;
    let result = in_tokio(async {
        let guest = instance.guest.sandbox_interpreter_snapshot().clone();
        if let Err(e) = guest.call_restore_begin(&mut instance.store, size).await? {
            return Ok(Err(e));
        }
        if Image::MAPS {
            let window = instance.memory_window().await?;
            let bytes = window.as_le_slice(&instance.store);
            // SAFETY: the window is the instance's linear memory (the guest
            // names its own bytes), which no one touches until the next
            // call; an on-demand instance's memory is unmapped when it ends,
            // and the instance keeps the image until then. The mapping is
            // wasm-visible memory like any other.
            if unsafe { image.map_over(bytes.as_ptr().cast_mut(), bytes.len()) }.map_err(wasmtime::Error::new)? {
                // The image must outlive the mapping (see `map_over`).
                instance.mapped = Some(snapshot.inner.clone());
                if let Err(e) = guest.call_restore_placed(&mut instance.store).await? {
                    return Ok(Err(e));
                }
                return guest.call_restore_end(&mut instance.store).await;
            }
        }
        let bytes = image.bytes();
        for chunk in snapshot.chunks() {
            let (offset, len) = (chunk.start as u32, chunk.len() as u32);
            if let Err(e) = guest.call_restore_seek(&mut instance.store, offset, len).await? {
                return Ok(Err(e));
            }
            if let Err(e) = guest.call_restore_chunk(&mut instance.store, &bytes[chunk.clone()]).await? {
                return Ok(Err(e));
            }
        }
        guest.call_restore_end(&mut instance.store).await
    });
    match result {
        Ok(Ok(())) => Ok(instance),
        Ok(Err(e)) => Err(restore_error(e)),
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
