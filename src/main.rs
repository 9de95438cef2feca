/// mimalloc rather than the system's allocator: reading a store of 10,000 actions makes
/// some 100,000 small allocations into fresh memory, and on the virtual machines jalons was
/// measured on, glibc's page-by-page growth made that a third of the time to the first
/// frame (docs/benchmarks.md has the figures).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    jalons::cli::main()
}
