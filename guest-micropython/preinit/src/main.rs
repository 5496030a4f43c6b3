//! Pre-initialization: runs the interpreter's start-up once, at build time,
//! and bakes the memory it leaves into the core module's data segments. Every
//! instance of the resulting component then begins with MicroPython already
//! initialized; wasmtime maps that image copy-on-write, so a fresh sandbox
//! skips start-up instead of paying for it.
//!
//!   mpsandbox-preinit CORE.wasm COMPONENT.wasm OUT.wasm
//!
//! COMPONENT is CORE made into a component. Its `snapshot.capture` export, on
//! a fresh instance, runs exactly the start-up that depends on nothing
//! outside the instance and returns the memory above the shadow stack. Every
//! import is defined as a trap here, so start-up that touched the outside
//! world (clocks, random, grants) would fail the build instead of being
//! frozen into every instance. OUT is CORE with that memory as its initial
//! contents.

use std::ops::Range;

use anyhow::{bail, Context, Result};
use wasm_encoder::{ConstExpr, DataCountSection, DataSection, MemorySection, MemoryType, Module, RawSection};
use wasmparser::{Operator, Parser, Payload};
use wasmtime::component::{Component, Linker};
use wasmtime::{Config, Engine, Store};

const PAGE: u64 = 65536;

/// Zero runs shorter than this stay inside a segment: a new segment costs
/// about as many bytes of header.
const MIN_GAP: usize = 16;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [core, component, out] = args.as_slice() else {
        bail!("usage: mpsandbox-preinit CORE.wasm COMPONENT.wasm OUT.wasm");
    };
    let core = std::fs::read(core).with_context(|| format!("reading {core}"))?;
    let component = std::fs::read(component).with_context(|| format!("reading {component}"))?;
    let image = capture(&component).map_err(|e| anyhow::anyhow!("{e:?}"))?;
    let baked = bake(&core, &image)?;
    std::fs::write(out, baked).with_context(|| format!("writing {out}"))?;
    Ok(())
}

/// The memory image a fresh instance's `capture` returns.
fn capture(component: &[u8]) -> wasmtime::Result<Vec<u8>> {
    let mut config = Config::new();
    config.wasm_exceptions(true);
    let engine = Engine::new(&config)?;
    let component = Component::from_binary(&engine, component)?;
    let mut linker = Linker::new(&engine);
    linker.define_unknown_imports_as_traps(&component)?;
    let mut store = Store::new(&engine, ());
    let instance = linker.instantiate(&mut store, &component)?;
    let iface = instance
        .get_export_index(&mut store, None, "sandbox:interpreter/snapshot@0.1.0")
        .ok_or_else(|| wasmtime::Error::msg("the component exports no snapshot interface"))?;
    let func = instance
        .get_export_index(&mut store, Some(&iface), "capture")
        .ok_or_else(|| wasmtime::Error::msg("no snapshot.capture"))?;
    let capture = instance.get_typed_func::<(), (Vec<u8>,)>(&mut store, &func)?;
    // A trap here means start-up called an import (they all trap).
    let (image,) = capture.call(&mut store, ())?;
    Ok(image)
}

/// `core` with its memory's initial contents replaced by `image`, which
/// starts where the shadow stack ends: the initial value of global 0, the
/// stack pointer.
fn bake(core: &[u8], image: &[u8]) -> Result<Vec<u8>> {
    let base = stack_top(core)?;
    let end = base + image.len() as u64;
    if !end.is_multiple_of(PAGE) {
        bail!("the image does not end on a page boundary");
    }
    let runs = nonzero_runs(image);
    let mut module = Module::new();
    for payload in Parser::new(0).parse_all(core) {
        match payload? {
            Payload::MemorySection(reader) => {
                let mut memories = MemorySection::new();
                for memory in reader {
                    let m = memory?;
                    memories.memory(MemoryType {
                        minimum: end / PAGE,
                        maximum: m.maximum,
                        memory64: m.memory64,
                        shared: m.shared,
                        page_size_log2: m.page_size_log2,
                    });
                }
                module.section(&memories);
            }
            Payload::DataCountSection { .. } => {
                module.section(&DataCountSection { count: runs.len() as u32 });
            }
            Payload::DataSection(reader) => {
                for segment in reader {
                    if !matches!(segment?.kind, wasmparser::DataKind::Active { memory_index: 0, .. }) {
                        bail!("a data segment is not an active segment of memory 0");
                    }
                }
                let mut data = DataSection::new();
                for run in &runs {
                    let offset = ConstExpr::i32_const((base + run.start as u64) as i32);
                    data.active(0, &offset, image[run.clone()].iter().copied());
                }
                module.section(&data);
            }
            other => {
                if let Some((id, range)) = other.as_section() {
                    module.section(&RawSection { id, data: &core[range] });
                }
            }
        }
    }
    Ok(module.finish())
}

fn stack_top(core: &[u8]) -> Result<u64> {
    for payload in Parser::new(0).parse_all(core) {
        if let Payload::GlobalSection(reader) = payload? {
            let first = reader.into_iter().next().context("no globals")??;
            let mut ops = first.init_expr.get_operators_reader();
            if let Operator::I32Const { value } = ops.read()? {
                return Ok(value as u32 as u64);
            }
        }
    }
    bail!("global 0 (the stack pointer) has no constant initial value")
}

/// Byte ranges of `image` that hold anything but zeros, merged across short
/// gaps; a fresh memory is zero everywhere else.
fn nonzero_runs(image: &[u8]) -> Vec<Range<usize>> {
    let mut runs: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < image.len() {
        if image[i] == 0 {
            i += 1;
            continue;
        }
        let start = i;
        while i < image.len() && image[i] != 0 {
            i += 1;
        }
        match runs.last_mut() {
            Some(last) if start - last.end < MIN_GAP => last.end = i,
            _ => runs.push(start..i),
        }
    }
    runs
}
