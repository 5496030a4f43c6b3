//! The WIT `host` interface implemented over a sandbox's granted functions,
//! with the per-call accounting (call count, value sizes).

use std::collections::BTreeMap;
use std::sync::Arc;

use wasmtime::component::HasData;

use super::{decode_arguments, display_name, encode_result, Callable, HostCallError, HostFunctions};
use crate::bindings::sandbox::interpreter::host::{CallError, Host};

/// The per-instance state behind the `host` import.
pub(crate) struct HostCalls {
    functions: Arc<HostFunctions>,
    max_calls: u32,
    max_value: usize,
    /// Calls made since the current `runtime` call began.
    made: u32,
    /// Calls made per budget group since then.
    spent: BTreeMap<Arc<str>, u32>,
}

impl HostCalls {
    pub(crate) fn new(functions: Arc<HostFunctions>, max_calls: u32, max_value: usize) -> Self {
        HostCalls { functions, max_calls, max_value, made: 0, spent: BTreeMap::new() }
    }

    pub(crate) fn begin_call(&mut self) {
        self.made = 0;
        self.spent.clear();
    }

    /// Counts a call against its function's group budget, if it has one.
    fn spend(&mut self, name: &str) -> Result<(), HostCallError> {
        let Some((group, cap)) = self.functions.budget(name) else { return Ok(()) };
        let spent = self.spent.entry(group.clone()).or_default();
        if *spent >= *cap {
            return Err(HostCallError::Limit(format!("more than {cap} {group} in one call")));
        }
        *spent += 1;
        Ok(())
    }

    async fn dispatch(&mut self, f: Arc<Callable>, arguments: &str) -> Result<String, HostCallError> {
        if self.made >= self.max_calls {
            return Err(HostCallError::Limit(format!("more than {} host calls in one call", self.max_calls)));
        }
        self.made += 1;
        let args = decode_arguments(arguments, self.max_value)?;
        let value = f(args).await?;
        encode_result(&value, self.max_value)
    }
}

pub(crate) struct HostImport;

impl HasData for HostImport {
    type Data<'a> = &'a mut HostCalls;
}

impl Host for HostCalls {
    fn functions(&mut self) -> Vec<String> {
        self.functions.names()
    }

    async fn call(&mut self, name: String, arguments: String) -> Result<String, CallError> {
        let Some(f) = self.functions.get(&name) else {
            return Err(CallError::UnknownFunction(format!("no host function '{name}' is granted")));
        };
        let result = match self.spend(&name) {
            Ok(()) => self.dispatch(f, &arguments).await,
            Err(e) => Err(e),
        };
        result.map_err(|e| match e {
            HostCallError::InvalidArguments(m) => {
                CallError::InvalidArguments(format!("{}(): {m}", display_name(&name)))
            }
            HostCallError::Failed(m) => CallError::Failed(m),
            HostCallError::Limit(m) => CallError::Limit(m),
        })
    }
}
