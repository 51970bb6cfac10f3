"""The pipeline's machinery, below the stages: component registry, validated config, record draft."""
