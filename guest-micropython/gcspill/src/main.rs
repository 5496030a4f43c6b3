//! Merges two builds of the guest core module so that binaryen's
//! `--spill-pointers` applies only where the garbage collector needs it.
//!
//!   mpsandbox-gcspill PLAIN SPILLED OUT --root F [--exempt F]... [--not-reaching F]...
//!
//! PLAIN and SPILLED are the same module passed through wasm-opt without and
//! with `--spill-pointers` (both with names kept). The collector runs only
//! inside the `--root` function (gccollect.c), so the frames on the stack at
//! that moment belong to functions that can reach it through the call graph.
//! Those keep their spilled bodies, where every pointer live across a call is
//! in the shadow stack the collector scans; every other function takes its
//! plain body. Direct calls are exact; an indirect call is taken to reach
//! every function in the table with the same signature; imports cannot call
//! back into the module (the component model forbids re-entry).
//!
//! `--exempt` names functions that keep plain bodies although they can reach
//! the root, because their live state is in scanned memory by construction
//! (the VM loop: see gccollect.c). `--not-reaching` names functions that must
//! not reach the root (allocation must never collect); the tool fails if one
//! does, since the design would then be unsound or pointless.

use std::collections::{BTreeSet, HashMap, HashSet};

use anyhow::{bail, Context, Result};
use wasmparser::{ElementItems, Name, NameSectionReader, Operator, Parser, Payload, TypeRef};

/// One core module's call graph, by function index.
struct Module<'a> {
    bytes: &'a [u8],
    imported: u32,
    /// Signature (as params and results) of every function, imports first.
    signatures: Vec<(Vec<wasmparser::ValType>, Vec<wasmparser::ValType>)>,
    /// Byte ranges of the defined functions' bodies.
    bodies: Vec<std::ops::Range<usize>>,
    direct: Vec<BTreeSet<u32>>,
    indirect: Vec<BTreeSet<u32>>,
    table: BTreeSet<u32>,
    types: Vec<(Vec<wasmparser::ValType>, Vec<wasmparser::ValType>)>,
    names: HashMap<String, u32>,
}

fn parse(bytes: &[u8]) -> Result<Module<'_>> {
    let mut m = Module {
        bytes,
        imported: 0,
        signatures: Vec::new(),
        bodies: Vec::new(),
        direct: Vec::new(),
        indirect: Vec::new(),
        table: BTreeSet::new(),
        types: Vec::new(),
        names: HashMap::new(),
    };
    for payload in Parser::new(0).parse_all(bytes) {
        match payload? {
            Payload::TypeSection(reader) => {
                for ty in reader.into_iter_err_on_gc_types() {
                    let ty = ty?;
                    m.types.push((ty.params().to_vec(), ty.results().to_vec()));
                }
            }
            Payload::ImportSection(reader) => {
                for import in reader.into_imports() {
                    if let TypeRef::Func(t) = import?.ty {
                        m.imported += 1;
                        m.signatures.push(m.types[t as usize].clone());
                    }
                }
            }
            Payload::FunctionSection(reader) => {
                for t in reader {
                    m.signatures.push(m.types[t? as usize].clone());
                }
            }
            Payload::ElementSection(reader) => {
                for element in reader {
                    match element?.items {
                        ElementItems::Functions(funcs) => {
                            for f in funcs {
                                m.table.insert(f?);
                            }
                        }
                        ElementItems::Expressions(_, exprs) => {
                            for expr in exprs {
                                for op in expr?.get_operators_reader() {
                                    if let Operator::RefFunc { function_index } = op? {
                                        m.table.insert(function_index);
                                    }
                                }
                            }
                        }
                    }
                }
            }
            Payload::CodeSectionEntry(body) => {
                let mut direct = BTreeSet::new();
                let mut indirect = BTreeSet::new();
                for op in body.get_operators_reader()? {
                    match op? {
                        Operator::Call { function_index } | Operator::ReturnCall { function_index } => {
                            direct.insert(function_index);
                        }
                        Operator::CallIndirect { type_index, .. } | Operator::ReturnCallIndirect { type_index, .. } => {
                            indirect.insert(type_index);
                        }
                        Operator::CallRef { .. } | Operator::ReturnCallRef { .. } => {
                            bail!(
                                "function {} uses call_ref, which this analysis does not follow",
                                m.imported as usize + m.bodies.len()
                            )
                        }
                        _ => {}
                    }
                }
                m.bodies.push(body.range());
                m.direct.push(direct);
                m.indirect.push(indirect);
            }
            Payload::CustomSection(section) if section.name() == "name" => {
                let reader =
                    NameSectionReader::new(wasmparser::BinaryReader::new(section.data(), section.data_offset()));
                for name in reader {
                    if let Name::Function(map) = name? {
                        for naming in map {
                            let naming = naming?;
                            m.names.insert(naming.name.to_string(), naming.index);
                        }
                    }
                }
            }
            _ => {}
        }
    }
    Ok(m)
}

impl Module<'_> {
    fn index(&self, name: &str) -> Result<u32> {
        self.names.get(name).copied().with_context(|| format!("no function named {name} (were names kept?)"))
    }

    /// Every function that can call `root`, directly or through others.
    fn callers_of(&self, root: u32) -> HashSet<u32> {
        let mut by_signature: HashMap<usize, Vec<u32>> = HashMap::new();
        for &f in &self.table {
            let sig = &self.signatures[f as usize];
            let t = self.types.iter().position(|t| t == sig).expect("a table function's signature is a type");
            by_signature.entry(t).or_default().push(f);
        }
        let mut callers: HashMap<u32, Vec<u32>> = HashMap::new();
        for (i, (direct, indirect)) in self.direct.iter().zip(&self.indirect).enumerate() {
            let caller = self.imported + i as u32;
            let canonical = indirect.iter().map(|&t| {
                let sig = &self.types[t as usize];
                self.types.iter().position(|u| u == sig).expect("a type equals itself")
            });
            let targets = canonical.flat_map(|t| by_signature.get(&t).into_iter().flatten().copied());
            for callee in direct.iter().copied().chain(targets) {
                callers.entry(callee).or_default().push(caller);
            }
        }
        let mut reach = HashSet::new();
        let mut todo = vec![root];
        while let Some(f) = todo.pop() {
            for &caller in callers.get(&f).into_iter().flatten() {
                if reach.insert(caller) {
                    todo.push(caller);
                }
            }
        }
        reach
    }
}

/// A module's sections as (id, payload) in order, after the 8-byte header.
fn sections(bytes: &[u8]) -> Result<Vec<(u8, &[u8])>> {
    let mut out = Vec::new();
    let mut reader = wasmparser::BinaryReader::new(&bytes[8..], 8);
    while !reader.eof() {
        let id = reader.read_u8()?;
        let len = reader.read_var_u32()? as usize;
        out.push((id, reader.read_bytes(len)?));
    }
    Ok(out)
}

fn leb(mut n: u32, out: &mut Vec<u8>) {
    loop {
        let byte = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

struct Args {
    plain: String,
    spilled: String,
    out: String,
    root: String,
    exempt: Vec<String>,
    not_reaching: Vec<String>,
}

fn args() -> Result<Args> {
    const USAGE: &str = "usage: mpsandbox-gcspill PLAIN SPILLED OUT --root F [--exempt F]... [--not-reaching F]...";
    let mut files = Vec::new();
    let (mut root, mut exempt, mut not_reaching) = (None, Vec::new(), Vec::new());
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        let mut value = || it.next().context(USAGE);
        match a.as_str() {
            "--root" => root = Some(value()?),
            "--exempt" => exempt.push(value()?),
            "--not-reaching" => not_reaching.push(value()?),
            _ if a.starts_with("--") => bail!("unknown option {a}\n{USAGE}"),
            _ => files.push(a),
        }
    }
    let [plain, spilled, out]: [String; 3] = files.try_into().map_err(|_| anyhow::anyhow!(USAGE))?;
    Ok(Args { plain, spilled, out, root: root.context(USAGE)?, exempt, not_reaching })
}

fn main() -> Result<()> {
    let args = args()?;
    let plain_bytes = std::fs::read(&args.plain).with_context(|| format!("reading {}", args.plain))?;
    let spilled_bytes = std::fs::read(&args.spilled).with_context(|| format!("reading {}", args.spilled))?;
    let plain = parse(&plain_bytes).context("parsing the plain module")?;
    let spilled = parse(&spilled_bytes).context("parsing the spilled module")?;

    // The spilled build may differ only in function bodies; everything the
    // bodies refer to (types, imports, globals, table) must be the same.
    let plain_sections = sections(&plain_bytes)?;
    let spilled_sections = sections(&spilled_bytes)?;
    let shape = |s: &[(u8, &[u8])]| {
        s.iter().filter(|(id, _)| *id != 0 && *id != 10).map(|(id, p)| (*id, p.to_vec())).collect::<Vec<_>>()
    };
    if shape(&plain_sections) != shape(&spilled_sections) || plain.bodies.len() != spilled.bodies.len() {
        bail!("the two modules differ outside their function bodies: they must come from the same input");
    }

    let root = plain.index(&args.root)?;
    let live_at_collection = plain.callers_of(root);
    for name in &args.not_reaching {
        if live_at_collection.contains(&plain.index(name)?) {
            bail!("{name} can reach {} (the collector): allocation must never collect", args.root);
        }
    }
    let exempt: HashSet<u32> = args.exempt.iter().map(|n| plain.index(n)).collect::<Result<_>>()?;

    let mut code = Vec::new();
    leb(plain.bodies.len() as u32, &mut code);
    let mut kept = 0;
    for i in 0..plain.bodies.len() {
        let f = plain.imported + i as u32;
        let body = if live_at_collection.contains(&f) && !exempt.contains(&f) {
            kept += 1;
            &spilled.bytes[spilled.bodies[i].clone()]
        } else {
            &plain.bytes[plain.bodies[i].clone()]
        };
        leb(body.len() as u32, &mut code);
        code.extend_from_slice(body);
    }

    // The plain module's name section describes the plain bodies exactly and
    // the spilled ones up to the locals the spill added.
    let mut out = plain_bytes[..8].to_vec();
    for (id, payload) in &plain_sections {
        let payload: &[u8] = if *id == 10 { &code } else { payload };
        out.push(*id);
        leb(payload.len() as u32, &mut out);
        out.extend_from_slice(payload);
    }
    std::fs::write(&args.out, &out).with_context(|| format!("writing {}", args.out))?;
    eprintln!(
        "gcspill: {} of {} functions can be on the stack when {} runs; {kept} keep spilled pointers, {} exempt",
        live_at_collection.len(),
        plain.bodies.len(),
        args.root,
        exempt.len()
    );
    Ok(())
}
