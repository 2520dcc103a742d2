"""Page analysis: body scoring, metadata, and recognition of ads, related blocks and CTAs."""
