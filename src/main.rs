fn main() -> std::process::ExitCode {
    jalons::cli::main()
}
