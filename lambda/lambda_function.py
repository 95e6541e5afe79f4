"""AWS Lambda entry point (template.yaml: Handler lambda_function.lambda_handler).

The skill lives in the `legcheck` package, which the SAM build copies beside this file.
"""

from legcheck.skill.entry import lambda_handler

__all__ = ["lambda_handler"]
