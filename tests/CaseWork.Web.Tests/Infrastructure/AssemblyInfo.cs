// One PostgreSQL database and one app host serve every test; Respawn resets the case tables between them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
