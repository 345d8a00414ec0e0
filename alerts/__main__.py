from alerts.cli.main import main

main()
