"""What a compile command written for GCC loses before clang-tidy takes it,
as scripts/kernel-tidy-project removes it for users' databases: the corpus
runner and the reproducers' runner use that list rather than a copy."""
import importlib.machinery
import importlib.util
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def _project_runner():
    path = os.path.join(ROOT, "scripts", "kernel-tidy-project")
    loader = importlib.machinery.SourceFileLoader("kernel_tidy_project", path)
    spec = importlib.util.spec_from_loader(loader.name, loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


_RUNNER = _project_runner()
# clang-tidy --extra-arg values for GCC command lines.
EXTRA_ARGS = list(_RUNNER.DEFAULT_EXTRA_ARGS)


def clean_entry(entry):
    """ENTRY (a compile-database entry) with `arguments` in place of
    `command` and the options clang rejects removed."""
    return _RUNNER.clean_entry(entry, list(_RUNNER.OUTPUT_FLAGS) + list(_RUNNER.GCC_ONLY_FLAGS))
