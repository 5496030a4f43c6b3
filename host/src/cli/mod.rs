pub mod args;
pub mod compat;
pub mod json_session;
pub mod repl;
pub mod report;

use mpsandbox::InterruptHandle;

/// Routes Ctrl-C (SIGINT) to the session's running call instead of killing
/// the process, so the call ends with a clean `interrupted` outcome.
pub fn interrupt_on_ctrl_c(handle: InterruptHandle) {
    // Fails only if a handler is already installed; the first one wins.
    let _ = ctrlc::set_handler(move || handle.interrupt());
}
