fn main() -> std::process::ExitCode {
    perfc::cli::main()
}
