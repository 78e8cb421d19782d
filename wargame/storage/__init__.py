"""Files: scenarios, saves and moves as versioned JSON; atomic writes; migrations."""
