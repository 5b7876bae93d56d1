"""Build of the compiled core (``cleaner/_core.c``); everything else is declared in pyproject.toml.

The core is optional: without a C compiler or the Python headers the install goes on with the
pure-Python path, which gives the same output, and says so in one line."""
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """build_ext that lets the install succeed when the compiled core cannot be built."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # no compiler at all: setuptools fails before compiling
            self._fast_path_off(error)

    def build_extension(self, ext: Extension) -> None:
        try:
            super().build_extension(ext)
        except Exception as error:  # a compiler or header error
            self._fast_path_off(error)

    @staticmethod
    def _fast_path_off(error: Exception) -> None:
        print(f"cleaner: the compiled core could not be built ({type(error).__name__}: {error}); "
              "the fast path is off, the pure-Python path gives the same output")


setup(
    ext_modules=[Extension("cleaner._core", ["cleaner/_core.c"], extra_compile_args=["-O2"])],
    cmdclass={"build_ext": OptionalBuildExt},
)
